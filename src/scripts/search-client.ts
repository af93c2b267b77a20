import { bestHit, paragraphHits, type PageData, type ParagraphHit } from '../lib/paragraph-hits';
import { mergedLanguages, queryLanguage, queryWords } from '../lib/query-language';
import { MANIFEST, type BundlesManifest, type SearchBundle } from '../lib/search-bundles';
import { textDirection } from '../lib/text-direction';
import { pageLanguage, pagefindScript } from './pagefind-url';

interface PagefindResult {
  data(): Promise<PageData & { meta: Record<string, string | undefined> }>;
}
export type Filters = Record<string, string[]>;
interface Pagefind {
  mergeIndex(url: string, options: { language: string; baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] } | null>;
}

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

interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string }): Pagefind;
}

const modules = new Map<string, Promise<PagefindModule>>();
let manifest: Promise<SearchBundle[]> | undefined;
const instances = new Map<string, Promise<Pagefind>>();
const ownLanguage = pageLanguage;

/** The site's search bundles, newest articles first (`pagefind/bundles.json`, written by the build). */
export function loadBundles(base: string): Promise<SearchBundle[]> {
  manifest ??= fetch(`${base}${MANIFEST}`)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
    .then((file: BundlesManifest) => file.bundles);
  manifest.catch(() => (manifest = undefined));
  return manifest;
}

/**
 * A Pagefind instance over one bundle whose primary index (and so query
 * stemmer) is `language`, with the bundle's other languages of the same
 * script merged in, loaded once and only when a query needs it.
 */
function loadPagefind(base: string, bundle: SearchBundle, language: string): Promise<Pagefind> {
  const key = `${bundle.path} ${language}`;
  let instance = instances.get(key);
  if (instance) return instance;
  instance = (async () => {
    const { createInstance } = await pagefindModule(base, language);
    const path = `${base}${bundle.path}`;
    // Pagefind takes an instance's language from <html lang> at creation, with no option to override it.
    const root = document.documentElement;
    const pageLanguage = root.lang;
    root.lang = language;
    const pagefind = createInstance({ basePath: path, baseUrl: base });
    root.lang = pageLanguage;
    for (const other of mergedLanguages(language, bundle.languages)) {
      // An absolute URL: Pagefind skips a merge whose path equals its own bundle's.
      await pagefind.mergeIndex(new URL(path, location.href).href, { language: other, baseUrl: base });
    }
    return pagefind;
  })();
  instance.catch(() => instances.delete(key));
  instances.set(key, instance);
  return instance;
}

/**
 * Pagefind's code for one language. Every bundle ships the same code, so it
 * comes from the newest bundle's folder whichever bundle it searches.
 */
function pagefindModule(base: string, language: string): Promise<PagefindModule> {
  let module = modules.get(language);
  if (!module) {
    module = import(/* @vite-ignore */ pagefindScript(base, language)) as Promise<PagefindModule>;
    module.catch(() => modules.delete(language));
    modules.set(language, module);
  }
  return module;
}

/** Load the newest bundle's index for this page's language, so a first query answers sooner. */
export async function preloadSearch(base: string): Promise<void> {
  const [[newest]] = await Promise.all([loadBundles(base), pagefindModule(base, ownLanguage())]);
  if (newest) await (await loadPagefind(base, newest, bundleLanguage(newest, '', ownLanguage()))).init();
}

/** The language whose stemmer reads `query` in `bundle`: one of the query's script, or one it holds. */
function bundleLanguage(bundle: SearchBundle, query: string, own: string): string {
  const language = queryLanguage(query, bundle.languages, own);
  return bundle.languages.includes(language) ? language : (bundle.languages[0] ?? language);
}

/** Shortest query worth running: one CJK character is a word, one Latin letter is not. */
export function isQueryTooShort(query: string): boolean {
  const trimmed = query.trim();
  return trimmed.length < 2 && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(trimmed);
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

/** One bundle's answer: its articles, and whether an older bundle is still to be read. */
export interface SearchRound {
  results: ArticleResult[];
  bundle: SearchBundle;
  more: boolean;
}

/**
 * Search the bundles newest first, yielding each one's articles as they
 * come, so the newest can be shown while the archive's index still loads.
 */
export async function* searchInTurn(base: string, query: string, options: SearchOptions = {}): AsyncGenerator<SearchRound> {
  const bundles = await loadBundles(base);
  let listed = 0;
  for (const [index, bundle] of bundles.entries()) {
    options.signal?.throwIfAborted();
    const results = await searchBundle(base, bundle, query, options);
    listed += results.length;
    const more = index < bundles.length - 1 && listed < (options.enough ?? Infinity);
    yield { results, bundle, more };
    if (!more) return;
  }
}

async function searchBundle(base: string, bundle: SearchBundle, query: string, options: SearchOptions): Promise<ArticleResult[]> {
  const pagefind = await loadPagefind(base, bundle, bundleLanguage(bundle, query, ownLanguage()));
  const [response, complete] = await Promise.all([
    pagefind.search(query, {
      filters: options.filters ?? {},
      ...(options.sort === 'newest' ? { sort: { date: 'desc' } } : {}),
    }),
    holdsEveryWord(pagefind, query),
  ]);
  options.signal?.throwIfAborted();
  if (!complete) return [];
  const pages = await Promise.all((response?.results ?? []).slice(0, options.limit ?? 20).map((result) => result.data()));
  return pages.map((page) => {
    const hits = paragraphHits(page);
    const best = bestHit(hits);
    return { title: page.meta['title'] ?? page.url, date: page.meta['date'], url: page.url, lang: page.meta['lang'], best, hits };
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
  const found = await Promise.all(words.map((word) => pagefind.search(word).then((response) => (response?.results.length ?? 0) > 0)));
  return found.every(Boolean);
}

/** Give an element holding one article's text that article's language and direction. */
export function setLanguage(element: HTMLElement, lang: string | undefined): void {
  if (!lang) return;
  element.lang = lang;
  element.dir = textDirection(lang);
}
