import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'broadsheet-index-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const article = (title: string, date: string | undefined) =>
  `<!doctype html><html lang="en"><body><article ${date ? `data-pagefind-sort="date:${date}"` : ''}>` +
  `<h1 data-pagefind-meta="title">${title}</h1><div data-pagefind-body><p>${title} harbour report.</p></div></article></body></html>`;

function site(name: string, pages: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

function indexSearch(dir: string, ...args: string[]) {
  const result = spawnSync(join(root, 'node_modules/.bin/node'), [join(root, 'src/cli/index-search.ts'), '--site', dir, ...args], { encoding: 'utf8' });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('npm run build’s search indexing (src/cli/index-search.ts)', () => {
  it('should put the newest articles in pagefind/, the rest in pagefind-archive/, and list both', () => {
    const dir = site('split', {
      'index.html': '<html><body><p>Front page, not searched.</p></body></html>',
      'articles/a/index.html': article('Alpha', '2021-01-01'),
      'articles/b/index.html': article('Bravo', '2024-01-01'),
      'articles/c/index.html': article('Charlie', '2023-01-01'),
      'articles/d/index.html': article('Delta', '2022-01-01'),
    });
    const { status, output } = indexSearch(dir, '--recent', '2');
    expect(output).toContain('indexed 4 articles');
    expect(status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'pagefind/bundles.json'), 'utf8'));
    expect(manifest.bundles).toEqual([
      { path: 'pagefind/', pages: 2, languages: ['en'], newest: '2024-01-01', oldest: '2023-01-01' },
      { path: 'pagefind-archive/', pages: 2, languages: ['en'], newest: '2022-01-01', oldest: '2021-01-01' },
    ]);
    expect(existsSync(join(dir, 'pagefind-archive/pagefind-entry.json'))).toBe(true);
    expect(existsSync(join(dir, '.index-search-pagefind'))).toBe(false);
  }, 60_000);

  it('should keep a small collection in one bundle, and drop an archive left by an earlier build', () => {
    const dir = site('one', { 'articles/a/index.html': article('Alpha', '2021-01-01'), 'pagefind-archive/stale.txt': '' });
    expect(indexSearch(dir).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/bundles.json'), 'utf8')).bundles).toHaveLength(1);
    expect(existsSync(join(dir, 'pagefind-archive'))).toBe(false);
  }, 60_000);

  it('should fail, naming the page, when an article has no date to sort by', () => {
    const dir = site('undated', { 'articles/a/index.html': article('Alpha', undefined) });
    const { status, output } = indexSearch(dir);
    expect(status).toBe(1);
    expect(output).toContain(`${dir}/articles/a/index.html: has data-pagefind-body but no data-pagefind-sort="date:YYYY-MM-DD"`);
  });

  it('should list no bundle for a site with no articles yet, so that search answers “no results”', () => {
    const dir = site('empty', { 'index.html': '<p>Hi</p>' });
    expect(indexSearch(dir).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'pagefind/bundles.json'), 'utf8'))).toEqual({ bundles: [] });
  });

  it('should fail when there is no site at all', () => {
    const { status, output } = indexSearch(join(work, 'missing'));
    expect(status).toBe(1);
    expect(output).toContain('does not exist: build the site first');
  });
});
