import { bestHit, paragraphHits, type PageData, type ParagraphHit } from '../lib/paragraph-hits';
import { mergedLanguages, queryLanguage } from '../lib/query-language';
import { textDirection } from '../lib/text-direction';

interface PagefindResult {
  data(): Promise<PageData & { meta: Record<string, string | undefined> }>;
}
export type Filters = Record<string, string[]>;
interface Pagefind {
  mergeIndex(url: string, options: { language: string; baseUrl?: string }): Promise<void>;
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

let bundleModule: Promise<PagefindModule> | undefined;
let siteLanguages: Promise<string[]> | undefined;
const instances = new Map<string, Promise<Pagefind>>();
const ownLanguage = () => document.documentElement.lang.toLowerCase().split('-')[0] ?? 'en';

/** The languages the site's index holds, from Pagefind's entry file. */
export function loadSiteLanguages(base: string): Promise<string[]> {
  siteLanguages ??= fetch(`${base}pagefind/pagefind-entry.json`)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
    .then((entry: { languages: Record<string, unknown> }) => Object.keys(entry.languages));
  siteLanguages.catch(() => (siteLanguages = undefined));
  return siteLanguages;
}

/**
 * A Pagefind instance whose primary index (and so query stemmer) is
 * `language`, with the site's other languages of the same script merged in,
 * loaded once per language and only when a query needs it.
 */
export function loadPagefind(base: string, language = ownLanguage()): Promise<Pagefind> {
  let instance = instances.get(language);
  if (instance) return instance;
  instance = (async () => {
    const bundle = `${base}pagefind/`;
    bundleModule ??= import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<PagefindModule>;
    const [{ createInstance }, languages] = await Promise.all([bundleModule, loadSiteLanguages(base)]);
    // Pagefind takes an instance's language from <html lang> at creation, with no option to override it.
    const root = document.documentElement;
    const pageLanguage = root.lang;
    root.lang = language;
    const pagefind = createInstance({ basePath: bundle, baseUrl: base });
    root.lang = pageLanguage;
    for (const other of mergedLanguages(language, languages)) {
      // An absolute URL: Pagefind skips a merge whose path equals its own bundle's.
      await pagefind.mergeIndex(new URL(bundle, location.href).href, { language: other, baseUrl: base });
    }
    return pagefind;
  })();
  instance.catch(() => instances.delete(language));
  instances.set(language, instance);
  return instance;
}

/** Shortest query worth running: one CJK character is a word, one Latin letter is not. */
export function isQueryTooShort(query: string): boolean {
  const trimmed = query.trim();
  return trimmed.length < 2 && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(trimmed);
}

export async function searchArticles(
  base: string,
  query: string,
  options: { filters?: Filters; sort?: 'relevance' | 'newest'; limit?: number } = {},
): Promise<ArticleResult[]> {
  const language = queryLanguage(query, await loadSiteLanguages(base), ownLanguage());
  const pagefind = await loadPagefind(base, language);
  const response = await pagefind.search(query, {
    filters: options.filters ?? {},
    ...(options.sort === 'newest' ? { sort: { date: 'desc' } } : {}),
  });
  const pages = await Promise.all((response?.results ?? []).slice(0, options.limit ?? 20).map((result) => result.data()));
  return pages.map((page) => {
    const hits = paragraphHits(page);
    const best = bestHit(hits);
    return { title: page.meta['title'] ?? page.url, date: page.meta['date'], url: page.url, lang: page.meta['lang'], best, hits };
  });
}

/** Give an element holding one article's text that article's language and direction. */
export function setLanguage(element: HTMLElement, lang: string | undefined): void {
  if (!lang) return;
  element.lang = lang;
  element.dir = textDirection(lang);
}
