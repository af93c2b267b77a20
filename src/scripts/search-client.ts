import { bestHit, paragraphHits, type PageData, type ParagraphHit } from '../lib/paragraph-hits';

interface PagefindResult {
  data(): Promise<PageData & { meta: Record<string, string | undefined> }>;
}
export type Filters = Record<string, string[]>;
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  mergeIndex(url: string, options: { language: string; baseUrl?: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface ArticleResult {
  title: string;
  date: string | undefined;
  url: string;
  /** Where the headline link lands: the paragraph with most matches. */
  best: ParagraphHit | undefined;
  hits: ParagraphHit[];
}

let loading: Promise<Pagefind> | undefined;

/**
 * Load Pagefind once. Pagefind loads the index of the page's own language;
 * the other languages of the site are merged in so that a reader on an
 * English page also finds Russian or Chinese articles (each stemmed in its
 * own language).
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const bundle = `${base}pagefind/`;
    const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
    await pagefind.options({ baseUrl: base });
    const entry = (await (await fetch(`${bundle}pagefind-entry.json`)).json()) as { languages: Record<string, unknown> };
    const own = document.documentElement.lang.toLowerCase().split('-')[0];
    for (const language of Object.keys(entry.languages)) {
      // An absolute URL: Pagefind skips a merge whose path equals its own bundle's.
      if (language !== own) await pagefind.mergeIndex(new URL(bundle, location.href).href, { language, baseUrl: base });
    }
    return pagefind;
  })();
  loading.catch(() => (loading = undefined));
  return loading;
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
  const pagefind = await loadPagefind(base);
  const response = await pagefind.search(query, {
    filters: options.filters ?? {},
    ...(options.sort === 'newest' ? { sort: { date: 'desc' } } : {}),
  });
  const pages = await Promise.all((response?.results ?? []).slice(0, options.limit ?? 20).map((result) => result.data()));
  return pages.map((page) => {
    const hits = paragraphHits(page);
    const best = bestHit(hits);
    return { title: page.meta['title'] ?? page.url, date: page.meta['date'], url: page.url, best, hits };
  });
}

export async function searchFilters(base: string): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind(base)).filters();
}
