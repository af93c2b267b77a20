import { paragraphHits, type ParagraphHit } from '../lib/search/paragraph-hits';
import { queryWords } from '../lib/search/query-language';
import { partsOf, type SearchBundle, type SearchPart } from '../lib/search/search-bundles';
import { textDirection } from '../lib/text-direction';
import { pageLanguage } from './page-language';
import { loadBundles } from './search-manifest';
import { bundleLanguage, loadPagefind, type Filters, type Pagefind, type PagefindResult } from './pagefind-instances';

export type { Filters } from './pagefind-instances';
export { preloadSearch } from './pagefind-instances';

export interface ArticleResult {
  title: string;
  date: string | undefined;
  url: string;
  /** The article's language, so its title, date and excerpts get the right `lang` and `dir`. */
  lang: string | undefined;
  /** The kind of story when it is not plain news ("Opinion"), for its label. */
  kind: string | undefined;
  /** Its paragraphs that hold the query, the best first: the headline link lands on the first. */
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
  /** Stop before an older bundle once this many articles match. */
  enough?: number;
  /** Aborts when the results are no longer wanted (a newer query): no more index or excerpt downloads. */
  signal?: AbortSignal | undefined;
  /** The query is still being typed: its last word may be the start of one (the header box). */
  typing?: boolean;
}

/** What the bundles read so far answer: the true count, and each article's details on demand. */
export interface SearchRound {
  /** Articles that hold every word of the query, in the bundles read so far. */
  total: number;
  /** Whether an older bundle is still to be read. */
  more: boolean;
  /** Words of the query that no article read so far mentions at all. */
  missing: string[];
  /** The articles at places [from, to) of the results, newest bundle's first; only these are downloaded. */
  load(from: number, to: number): Promise<ArticleResult[]>;
}

/**
 * Search the bundles newest first, yielding after each one, so the newest
 * can be shown while the archive's index still loads. Pagefind counts every
 * match from its index alone; an article's excerpts load only when shown.
 */
export async function* searchInTurn(
  base: string,
  query: string,
  options: SearchOptions = {},
): AsyncGenerator<SearchRound> {
  const bundles = await loadBundles(base);
  const words = queryWords(query);
  const matches: PagefindResult[] = [];
  const loaded = new Map<PagefindResult, Promise<ArticleResult>>();
  let missing = words;
  const load = (from: number, to: number) => {
    const wanted = matches.slice(from, to);
    for (const match of wanted)
      if (!loaded.has(match))
        loaded.set(
          match,
          match.data().then((page) => articleResult(page, words)),
        );
    return Promise.all(wanted.map((match) => loaded.get(match)!));
  };
  if (bundles.length === 0) yield { total: 0, more: false, missing, load }; // A site with no articles yet.
  for (const [index, bundle] of bundles.entries()) {
    options.signal?.throwIfAborted();
    const answer = await searchBundle(base, bundle, query, words, options);
    options.signal?.throwIfAborted();
    matches.push(...answer.results);
    missing = missing.filter((word) => answer.missing.includes(word));
    const more = index < bundles.length - 1 && matches.length < (options.enough ?? Infinity);
    yield { total: matches.length, more, missing, load };
    if (!more) return;
  }
}

/**
 * One bundle: each of its parts (the archive's years) searched at once, each
 * on its own. A word is missing from the bundle when no part holds it.
 */
async function searchBundle(
  base: string,
  bundle: SearchBundle,
  query: string,
  words: string[],
  options: SearchOptions,
) {
  const answers = await Promise.all(partsOf(bundle).map((part) => searchPart(base, part, query, words, options)));
  const results = answers.flatMap((answer) => answer.results);
  // By relevance, the parts' results are ranked together, as Pagefind ranks merged indexes; newest first they already are.
  if (options.sort !== 'newest') results.sort((a, b) => b.score - a.score);
  return {
    results,
    missing: words.filter((word) => answers.every((answer) => answer.missing.includes(word))),
  };
}

async function searchPart(base: string, part: SearchPart, query: string, words: string[], options: SearchOptions) {
  const pagefind = await loadPagefind(base, part, bundleLanguage(part, query, pageLanguage()));
  // The first query waits for the index to load, and the reader types on meanwhile: "ha" of
  // "harbour", superseded by then, is not searched (a short prefix is the costliest search).
  options.signal?.throwIfAborted();
  const partial = options.typing && !/\s$/u.test(query) ? words.at(-1) : undefined;
  const main = pagefind.search(query, {
    filters: options.filters ?? {},
    ...(options.sort === 'newest' ? { sort: { date: 'desc' } } : {}),
  });
  // A one-word query without filters is its own check: no second search.
  const unfiltered = Object.keys(options.filters ?? {}).length === 0 ? { query, main } : undefined;
  const [response, missing] = await Promise.all([main, missingWords(pagefind, words, partial, unfiltered)]);
  // Every word counts, in each index: Pagefind answers a word no page of an
  // index holds with the pages of a shorter word that starts it ("aardvark"
  // with "a", for compound words), and drops it from a longer query.
  if (missing.length) return { results: [], missing };
  return { results: response?.results ?? [], missing };
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

/**
 * The query's words the index holds nowhere: each looked up on its own, as a
 * whole word (quoted: Pagefind matches its stem exactly), without filters,
 * in chunks the whole query has already loaded. `partial`, a word still
 * being typed, counts as held when some word starts with it; so does a run
 * of a script written without spaces, which Pagefind segments into words.
 */
async function missingWords(
  pagefind: Pagefind,
  words: string[],
  partial?: string,
  unfiltered?: { query: string; main: ReturnType<Pagefind['search']> },
): Promise<string[]> {
  let known = held.get(pagefind);
  if (!known) held.set(pagefind, (known = new Map()));
  const found = await Promise.all(
    words.map((word) => {
      const text = word === partial || UNSPACED.test(word) ? word : `"${word}"`;
      const same = unfiltered && text === unfiltered.query.trim().toLowerCase();
      let answer = known.get(text);
      if (!answer) {
        answer = (same ? unfiltered.main : pagefind.search(text)).then(
          (response) => (response?.results.length ?? 0) > 0,
        );
        // An index never changes once loaded: a word typed on is not looked up again.
        known.set(text, answer);
        answer.catch(() => known.delete(text));
      }
      return answer;
    }),
  );
  return words.filter((_, index) => !found[index]);
}

/** Per index, whether it holds each word already looked up (missingWords). */
const held = new WeakMap<Pagefind, Map<string, Promise<boolean>>>();

function articleResult(page: Awaited<ReturnType<PagefindResult['data']>>, words: string[]): ArticleResult {
  return {
    title: page.meta['title'] ?? page.url,
    date: page.meta['date'],
    url: page.url,
    lang: page.meta['lang'],
    kind: page.meta['kind'],
    hits: paragraphHits(page, words),
  };
}

/** Give an element holding one article's text that article's language and direction. */
export function setLanguage(element: HTMLElement, lang: string | undefined): void {
  if (!lang) return;
  element.lang = lang;
  element.dir = textDirection(lang);
}
