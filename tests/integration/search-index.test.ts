import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
/** Every file under a folder, by path, with its bytes (base64). */
const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file.slice(dir.length + 1), readFileSync(file).toString('base64')];
      }),
  );
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'pagefind/bundles.json'), 'utf8'));

describe('writeSearchBundles (the search-index integration’s work)', () => {
  it('puts the newest articles in pagefind/, the rest in pagefind-archive/ a year a part, and lists them', async () => {
    const { dir, pages } = site(
      'split',
      { a: '2021-01-01', b: '2024-01-01', c: '2023-01-01', d: '2022-01-01', e: '2021-06-01' },
      { 'index.html': '<p>Front page, not searched.</p>' },
    );
    await writeSearchBundles(dir, pages, 2);
    const part = (year: string, count: number, newest: string, oldest: string) => ({
      path: `pagefind-archive/${year}/`,
      pages: count,
      languages: ['en'],
      newest,
      oldest,
      entry,
    });
    const entry = { tag: expect.stringMatching(/^[0-9a-f]{12}$/), files: { en: expect.any(Array) } };
    const bundles = manifest(dir).bundles;
    expect(bundles).toEqual([
      { path: 'pagefind/', pages: 2, languages: ['en'], newest: '2024-01-01', oldest: '2023-01-01', entry },
      {
        path: 'pagefind-archive/2022/',
        pages: 3,
        languages: ['en'],
        newest: '2022-01-01',
        oldest: '2021-01-01',
        entry: bundles[1].parts[0].entry,
        parts: [part('2022', 1, '2022-01-01', '2022-01-01'), part('2021', 2, '2021-06-01', '2021-01-01')],
      },
    ]);
    // Each part names the two files Pagefind loads after its entry, and they are there; each its own.
    const parts = [bundles[0], ...bundles[1].parts];
    for (const { path, entry } of parts)
      expect(entry.files.en.map((file: string) => existsSync(join(dir, path, file)))).toEqual([true, true]);
    expect(new Set(parts.map(({ entry }) => entry.tag)).size).toBe(3);
    for (const year of ['2021', '2022'])
      expect(existsSync(join(dir, `pagefind-archive/${year}/pagefind-entry.json`))).toBe(true);
    expect(readdirSync(dir).filter((name) => name.startsWith('.pagefind-staging'))).toEqual([]);
  }, 60_000);

  it('re-indexes only the parts whose pages changed, and reuses the rest byte for byte', async () => {
    const { dir, pages } = site('reuse', { a: '2021-01-01', b: '2024-01-01', c: '2023-01-01', d: '2022-01-01' });
    const cache = { dir: join(work, 'reuse-cache') };
    expect((await writeSearchBundles(dir, pages, 2, cache)).indexed).toBe(3);
    const before = files(join(dir, 'pagefind-archive'));
    expect((await writeSearchBundles(dir, pages, 2, cache)).indexed).toBe(0);
    expect(files(join(dir, 'pagefind-archive'))).toEqual(before);
    // An edit to the 2021 article: only its year is indexed again, and finds the new words.
    writeFileSync(pages[0]!.file, article('a dredging'));
    expect((await writeSearchBundles(dir, pages, 2, cache)).indexed).toBe(1);
    const after = files(join(dir, 'pagefind-archive'));
    expect(
      Object.keys(after)
        .filter((file) => after[file] !== before[file])
        .every((file) => file.startsWith('2021/')),
    ).toBe(true);
    expect(after).not.toEqual(before);
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
