import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchBundles } from '../../src/integrations/pagefind-bundles';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const article = (title: string) =>
  `<!doctype html><html lang="en"><body><article><h1 data-pagefind-meta="title">${title}</h1>` +
  `<div data-pagefind-body><p>${title} harbour report.</p></div></article></body></html>`;

/** A built site holding the given pages; returns its folder and the pages with their days, as the collection lists them. */
function site(name: string, days: Record<string, string>, extra: Record<string, string> = {}) {
  const dir = join(work, name);
  for (const [path, html] of Object.entries({
    ...Object.fromEntries(Object.keys(days).map((id) => [`articles/${id}/index.html`, article(id)])),
    ...extra,
  })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return {
    dir,
    pages: Object.entries(days).map(([id, date]) => ({ file: join(dir, `articles/${id}/index.html`), date })),
  };
}
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind/bundles.json'), 'utf8'));

describe('writeSearchBundles (the search-index integration’s work)', () => {
  it('puts the newest articles in pagefind/, the rest in pagefind-archive/, and lists both', async () => {
    const { dir, pages } = site(
      'split',
      { a: '2021-01-01', b: '2024-01-01', c: '2023-01-01', d: '2022-01-01' },
      { 'index.html': '<p>Front page, not searched.</p>' },
    );
    await writeSearchBundles(dir, pages, 2);
    expect(manifest(dir).bundles).toEqual([
      { path: 'pagefind/', pages: 2, languages: ['en'], newest: '2024-01-01', oldest: '2023-01-01' },
      { path: 'pagefind-archive/', pages: 2, languages: ['en'], newest: '2022-01-01', oldest: '2021-01-01' },
    ]);
    expect(existsSync(join(dir, 'pagefind-archive/pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(dir, '.pagefind-staging-pagefind'))).toBe(false);
  }, 60_000);

  it('keeps a small collection in one bundle, and drops an archive left by an earlier build', async () => {
    const { dir, pages } = site('one', { a: '2021-01-01' }, { 'pagefind-archive/stale.txt': '' });
    await writeSearchBundles(dir, pages, 500);
    expect(manifest(dir).bundles).toHaveLength(1);
    expect(existsSync(join(dir, 'pagefind-archive'))).toBe(false);
  }, 60_000);

  it('fails, naming the page, when an article the collection lists was not built', async () => {
    const { dir, pages } = site('missing', { a: '2021-01-01' });
    await expect(
      writeSearchBundles(dir, [...pages, { file: join(dir, 'articles/gone/index.html'), date: '2022-01-01' }], 500),
    ).rejects.toThrow('these article pages were not built: articles/gone/index.html');
  });

  it('lists no bundle for a site with no articles yet, so that search answers “no results”', async () => {
    const { dir } = site('empty', {}, { 'index.html': '<p>Hi</p>' });
    await writeSearchBundles(dir, [], 500);
    expect(manifest(dir)).toEqual({ bundles: [] });
  });
});
