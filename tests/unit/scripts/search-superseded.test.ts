import { describe, expect, it, vi } from 'vitest';
import type { Pagefind } from '../../../src/scripts/pagefind-instances';

// The index, as the first query finds it: still loading until the test lets it finish.
const index = vi.hoisted(() => {
  let ready!: () => void;
  const loaded = new Promise<void>((resolve) => (ready = resolve));
  const searched: string[] = [];
  return { loaded, ready: () => ready(), searched };
});

vi.mock('../../../src/scripts/page-language', () => ({ pageLanguage: () => 'en' }));
vi.mock('../../../src/scripts/search-manifest', () => ({
  loadBundles: async () => [
    { path: 'pagefind/', pages: 3, languages: ['en'], oldest: '2024-01-01', newest: '2024-03-01' },
  ],
}));
vi.mock('../../../src/scripts/pagefind-instances', () => ({
  bundleLanguage: () => 'en',
  loadPagefind: async (): Promise<Pagefind> => {
    await index.loaded;
    return {
      init: async () => undefined,
      mergeIndex: async () => undefined,
      search: async (query: string) => {
        index.searched.push(query);
        return { results: [] };
      },
    };
  },
}));

const { searchInTurn } = await import('../../../src/scripts/search-client');

describe('searchInTurn', () => {
  it('does not search for a query superseded while the index loaded, and searches the one that replaced it', async () => {
    const first = new AbortController();
    const early = searchInTurn('/', 'ha', { signal: first.signal, typing: true }).next();
    // The reader types on while the index loads (the bundle list is in by then).
    await new Promise((resolve) => setTimeout(resolve, 0));
    first.abort();
    const latest = searchInTurn('/', 'harbour', { typing: true }).next();
    index.ready();
    await expect(early).rejects.toThrow(/abort/i);
    expect((await latest).value).toMatchObject({ total: 0, missing: ['harbour'] });
    expect(index.searched).toEqual(['harbour']);
  });
});
