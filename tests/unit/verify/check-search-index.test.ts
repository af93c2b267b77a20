import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkSearchIndex, readSearchIndex } from '../../../src/cli/verify/check-search-index.ts';
import { folder, goodFixture } from './fixtures.ts';

describe('checkSearchIndex', () => {
  const fragment = (url: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content: '' })}`));
  const entry = (counts: Record<string, number>) =>
    JSON.stringify({
      version: '1.6.0',
      languages: Object.fromEntries(
        Object.entries(counts).map(([l, n]) => [l, { hash: `${l}_0a`, wasm: l, page_count: n }]),
      ),
    });
  const { articles } = goodFixture();
  // The tag the build gives an entry file: the first 12 hex digits of its SHA-256.
  const tag = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

  /** The list, its parts' page counts, each with its entry file's text (the same one-language entry by default). */
  const bundles = (counts: number[], entries = counts.map((n) => entry({ en: n })), files = {}) =>
    JSON.stringify({
      bundles: counts.map((pages, i) => ({
        path: i ? 'pagefind-archive/' : 'pagefind/',
        pages,
        languages: ['en'],
        newest: '2024-01-01',
        oldest: '2024-01-01',
        entry: { tag: tag(entries[i]!), files },
      })),
    });

  it('should pass when each published article is indexed once', () => {
    const dir = folder('index-good', {
      'pagefind/bundles.json': bundles([2], [entry({ en: 1, ru: 1 })]),
      'pagefind/pagefind-entry.json': entry({ en: 1, ru: 1 }),
      'pagefind/fragment/en_1.pf_fragment': fragment('/articles/first-story/'),
      'pagefind/fragment/ru_2.pf_fragment': fragment('/articles/world/second-story/'),
    });
    expect(checkSearchIndex(readSearchIndex(dir), articles).problems).toEqual([]);
  });

  it('should read every bundle: the newest articles’ and the archive’s', () => {
    const dir = folder('index-archive', {
      'pagefind/bundles.json': bundles([1, 1], [entry({ en: 1 }), entry({ ru: 1 })]),
      'pagefind/pagefind-entry.json': entry({ en: 1 }),
      'pagefind/fragment/en_1.pf_fragment': fragment('/articles/first-story/'),
      'pagefind-archive/pagefind-entry.json': entry({ ru: 1 }),
      'pagefind-archive/fragment/ru_2.pf_fragment': fragment('/articles/world/second-story/'),
    });
    expect(checkSearchIndex(readSearchIndex(dir), articles).problems).toEqual([]);
  });

  it('should catch wrong counts, missing, doubled and foreign pages, and unreadable fragments', () => {
    const dir = folder('index-bad', {
      'pagefind/bundles.json': bundles([3], [entry({ en: 4 })]),
      'pagefind/pagefind-entry.json': entry({ en: 4 }),
      'pagefind/fragment/en_1.pf_fragment': fragment('/articles/first-story/'),
      'pagefind/fragment/en_2.pf_fragment': fragment('/articles/first-story/'),
      'pagefind/fragment/en_3.pf_fragment': fragment('/search/'),
      'pagefind/fragment/en_4.pf_fragment': 'not gzip',
    });
    const messages = checkSearchIndex(readSearchIndex(dir), articles).problems.map((p) => p.message);
    expect(messages).toHaveLength(6);
    expect(messages).toContain(`indexes 4 pages, but ${dir}/pagefind/bundles.json says 3`);
    expect(messages).toContain('indexes 4 pages, but 2 articles published');
    expect(messages).toContain('is in the search index 2 times (as /articles/first-story/); expected once');
    expect(messages).toContain('is in the search index 0 times (as /articles/world/second-story/); expected once');
    expect(messages).toContain('indexes /search/, which is not a published article');
    expect(messages.some((m) => m.startsWith('cannot read this fragment'))).toBe(true);
  });

  it('should report a list older than its index, and a preload of a file that is not there', () => {
    const now = entry({ en: 1 });
    const files = { en: ['pagefind.en_0a.pf_meta', 'wasm.en.pagefind'] };
    const dir = folder('index-stale', {
      'pagefind/bundles.json': bundles([1], [entry({ en: 2 })], files),
      'pagefind/pagefind-entry.json': now,
      'pagefind/pagefind.en_0a.pf_meta': '',
      'pagefind/fragment/en_1.pf_fragment': fragment('/articles/first-story/'),
    });
    const messages = readSearchIndex(dir).problems.map((p) => p.message);
    expect(messages).toEqual([
      `lists pagefind/ with entry tag ${tag(entry({ en: 2 }))}, but its pagefind-entry.json's is ${tag(now)}: the list is stale`,
      'has browsers preload pagefind/wasm.en.pagefind, which is not there',
    ]);
  });

  it('should report a missing bundle', () => {
    const problems = checkSearchIndex(readSearchIndex(folder('index-none', { 'x.txt': '' })), articles).problems;
    expect(problems[0]?.message).toMatch(/cannot read the list of search bundles/);
  });

  it('should report a bundle the list names but the build did not write', () => {
    const dir = folder('index-lost', {
      'pagefind/bundles.json': bundles([1, 1]),
      'pagefind/pagefind-entry.json': entry({ en: 1 }),
    });
    const problems = checkSearchIndex(readSearchIndex(dir), articles).problems;
    expect(
      problems.some(
        (p) =>
          p.file === `${dir}/pagefind-archive/pagefind-entry.json` &&
          /cannot read the Pagefind entry file/.test(p.message),
      ),
    ).toBe(true);
  });
});
