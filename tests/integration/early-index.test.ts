import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earlyIndexer } from '../../src/integrations/early-index';
import { searchParts, writeSearchBundles } from '../../src/integrations/pagefind-bundles';

// Pagefind numbers pages in the order the file system lists them: on tmpfs, the order they were created
// in (on ext4, by name's hash, which hides a wrong order). The tests run there when the machine has it.
const work = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'broadsheet-early-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const article = (words: string) =>
  `<!doctype html><html lang="en"><body><article><h1 data-pagefind-meta="title">${words}</h1>` +
  `<div data-pagefind-body><p>${words} harbour report.</p></div></article></body></html>`;

const DAYS = { a: '2021-01-01', b: '2024-01-01', c: '2023-01-01', d: '2022-01-01', e: '2021-06-01' };
const path = (id: string) => `articles/${id}/index.html`;

/** A built site with one page an article, holding `html(id)`; and the pages as the collection lists them. */
function site(name: string, html: (id: string) => string) {
  const dir = join(work, name);
  for (const id of Object.keys(DAYS)) {
    mkdirSync(dirname(join(dir, path(id))), { recursive: true });
    writeFileSync(join(dir, path(id)), html(id));
  }
  const pages = Object.entries(DAYS).map(([id, date]) => ({ file: join(dir, path(id)), date }));
  return { dir, pages };
}

/** The indexer for the site's parts (by path in the site, as the build hands pages on), fed `html(id)`. */
function fed(name: string, html: (id: string) => string, ids = Object.keys(DAYS)) {
  const pages = Object.entries(DAYS).map(([id, date]) => ({ path: path(id), file: path(id), date }));
  const indexer = earlyIndexer(join(work, `${name}-early`), searchParts(pages, 2).flat());
  for (const id of ids) indexer.take(path(id), Buffer.from(html(id)));
  return indexer;
}

/** Every file of the site's search index, by path, with its bytes (base64). */
const index = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /^pagefind/.test(join(entry.parentPath, entry.name).slice(dir.length + 1)))
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file.slice(dir.length + 1), readFileSync(file).toString('base64')];
      }),
  );

/** The index Pagefind writes from the written pages alone, with no early start: the truth. */
async function late(name: string, html: (id: string) => string) {
  const { dir, pages } = site(`${name}-late`, html);
  await writeSearchBundles(dir, pages, 2);
  return index(dir);
}

/** Write the site's index taking the indexer's parts, and expect it to be the index built after from the written pages. */
async function expectSameAsLate(name: string, indexer: ReturnType<typeof fed>, html: (id: string) => string) {
  const { dir, pages } = site(name, html);
  await writeSearchBundles(dir, pages, 2, undefined, indexer.result);
  expect(index(dir)).toEqual(await late(name, html));
  return dir;
}

describe('earlyIndexer (a part indexed while the build still renders)', () => {
  it('indexes each part once all its pages are rendered, and the site gets the same index as one built after', async () => {
    const indexer = fed('same', article);
    for (const folder of ['pagefind/', 'pagefind-archive/2022/', 'pagefind-archive/2021/'])
      expect(await indexer.result(folder)).toMatchObject({ output: expect.any(String) });
    const outputs = await Promise.all(['pagefind/', 'pagefind-archive/2021/'].map((f) => indexer.result(f)));
    const { dir, pages } = site('same', article);
    expect((await writeSearchBundles(dir, pages, 2, undefined, indexer.result)).indexed).toBe(3);
    // Taken, not indexed again: Pagefind's output was moved into the site.
    for (const output of outputs) expect(existsSync(output!.output)).toBe(false);
    expect(index(dir)).toEqual(await late('same', article));
    await indexer.close();
    expect(existsSync(join(work, 'same-early'))).toBe(false);
  }, 60_000);

  it('gives the same index whatever order the pages render in', async () => {
    const indexer = fed('order', article, Object.keys(DAYS).reverse());
    await expectSameAsLate('order', indexer, article);
    await indexer.close();
  }, 60_000);

  it('leaves a part with a page not rendered to the end', async () => {
    const indexer = fed('partial', article, ['a', 'b', 'c', 'e']);
    expect(indexer.result('pagefind/')).toBeDefined();
    // `d` (2022) was never rendered: its part is not started.
    expect(indexer.result('pagefind-archive/2022/')).toBeUndefined();
    await expectSameAsLate('partial', indexer, article);
    await indexer.close();
  }, 60_000);

  it('re-indexes from the written pages a part whose rendered bytes differ from them', async () => {
    const indexer = fed('differ', article);
    const early = await indexer.result('pagefind-archive/2021/');
    // What was written for `a` is not what the build handed on: the written words must be found.
    const written = (id: string) => article(id === 'a' ? 'a dredging' : id);
    const dir = await expectSameAsLate('differ', indexer, written);
    expect(existsSync(early!.output)).toBe(true);
    expect(index(dir)).not.toEqual(await late('differ-early', article));
    await indexer.close();
  }, 60_000);

  it('reports a part it failed to index, and the site still gets it indexed from the written pages', async () => {
    // A file stands where the part of 2021 (`a`, `e`) is to be staged once complete: it cannot be.
    const indexer = fed('fails', article, ['a', 'b', 'c', 'd']);
    mkdirSync(join(work, 'fails-early/staging/pagefind-archive'), { recursive: true });
    writeFileSync(join(work, 'fails-early/staging/pagefind-archive/2021'), '');
    indexer.take(path('e'), Buffer.from(article('e')));
    expect(await indexer.result('pagefind-archive/2021/')).toBeUndefined();
    expect(indexer.failures()).toEqual([expect.stringContaining('pagefind-archive/2021/')]);
    await expectSameAsLate('fails', indexer, article);
    await indexer.close();
  }, 60_000);

  it('lets a part the cache already holds finish indexing before Pagefind closes', async () => {
    const { dir, pages } = site('cached', article);
    const cache = { dir: join(work, 'cached-cache') };
    await writeSearchBundles(dir, pages, 2, cache);
    // A rebuild that rendered every page again: each part starts early, then the cache answers for it.
    const indexer = fed('cached', article);
    expect((await writeSearchBundles(dir, pages, 2, cache, indexer.result)).indexed).toBe(0);
    await indexer.close();
    expect(indexer.failures()).toEqual([]);
    expect(index(dir)).toEqual(await late('cached', article));
  }, 60_000);
});
