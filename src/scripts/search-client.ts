import { bestHit, paragraphHits, type ParagraphHit } from '../lib/search/paragraph-hits';
import { queryWords } from '../lib/search/query-language';
import type { SearchBundle } from '../lib/search/search-bundles';
import { textDirection } from '../lib/text-direction';
import { bundleLanguage, loadBundles, loadPagefind, type Filters, type Pagefind } from './pagefind-instances';
import { pageLanguage } from './page-language';

export type { Filters } from './pagefind-instances';
export { preloadSearch } from './pagefind-instances';

export interface ArticleResult {
  title: string;
  date: string | undefined;
  url: string;
  /** The article's language, so its title and excerpts get the right `lang` and `dir`. */
  lang: string | undefined;
  /** Where the headline link lands: the paragraph with most matches. */
  best: ParagraphHit | undefined;
  hits: ParagraphHit[];
}

/** Shortest query worth running: one CJK character is a word, one Latin letter is not. */
export function isQueryTooShort(query: string): boolean {
  const trimmed = query.trim();
  return (
    trimmed.length < 2 && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(trimmed)
  );
}

export interface SearchOptions {
  filters?: Filters;
  sort?: 'relevance' | 'newest';
  /** Most articles to list from each bundle. */
  limit?: number;
  /** Stop before an older bundle once this many articles are listed. */
  enough?: number;
  /** Aborts when the results are no longer wanted (a newer query): no more index or excerpt downloads. */
  signal?: AbortSignal | undefined;
}

/** The articles found so far, newest bundle's first, and whether an older bundle is still to be read. */
export interface SearchRound {
  results: ArticleResult[];
  more: boolean;
}

/**
 * Search the bundles newest first, yielding the articles found so far after
 * each one, so the newest can be shown while the archive's index still loads.
 */
export async function* searchInTurn(
  base: string,
  query: string,
  options: SearchOptions = {},
): AsyncGenerator<SearchRound> {
  const bundles = await loadBundles(base);
  if (bundles.length === 0) yield { results: [], more: false }; // A site with no articles yet.
  let results: ArticleResult[] = [];
  for (const [index, bundle] of bundles.entries()) {
    options.signal?.throwIfAborted();
    results = [...results, ...(await searchBundle(base, bundle, query, options))];
    const more = index < bundles.length - 1 && results.length < (options.enough ?? Infinity);
    yield { results, more };
    if (!more) return;
  }
}

async function searchBundle(
  base: string,
  bundle: SearchBundle,
  query: string,
  options: SearchOptions,
): Promise<ArticleResult[]> {
  const pagefind = await loadPagefind(base, bundle, bundleLanguage(bundle, query, pageLanguage()));
  const [response, complete] = await Promise.all([
    pagefind.search(query, {
      filters: options.filters ?? {},
      ...(options.sort === 'newest' ? { sort: { date: 'desc' } } : {}),
    }),
    holdsEveryWord(pagefind, query),
  ]);
  options.signal?.throwIfAborted();
  if (!complete) return [];
  const pages = await Promise.all(
    (response?.results ?? []).slice(0, options.limit ?? 20).map((result) => result.data()),
  );
  return pages.map((page) => {
    const hits = paragraphHits(page);
    const best = bestHit(hits);
    return {
      title: page.meta['title'] ?? page.url,
      date: page.meta['date'],
      url: page.url,
      lang: page.meta['lang'],
      best,
      hits,
    };
  });
}

/**
 * Whether the index holds every word of the query. Pagefind drops a word it
 * has never seen and answers for the others, so "security xyzzy" would list
 * every article on security: each word is looked up on its own (in chunks
 * the whole query has already loaded).
 */
async function holdsEveryWord(pagefind: Pagefind, query: string): Promise<boolean> {
  const words = queryWords(query);
  if (words.length < 2) return true;
  const found = await Promise.all(
    words.map((word) => pagefind.search(word).then((response) => (response?.results.length ?? 0) > 0)),
  );
  return found.every(Boolean);
}

/** Give an element holding one article's text that article's language and direction. */
export function setLanguage(element: HTMLElement, lang: string | undefined): void {
  if (!lang) return;
  element.lang = lang;
  element.dir = textDirection(lang);
}
