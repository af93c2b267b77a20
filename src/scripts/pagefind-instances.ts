// Pagefind instances, one per bundle and query language, each loaded once
// and only when a query needs it (search-client.ts searches through them).
import type { PageData } from '../lib/search/paragraph-hits';
import { mergedLanguages, queryLanguage } from '../lib/search/query-language';
import type { SearchPart } from '../lib/search/search-bundles';
import { loadBundles, partLanguage } from './search-manifest';
import { pageLanguage } from './page-language';
import { pagefindScript } from './pagefind-url';

export interface PagefindResult {
  /** Pagefind's relevance score, higher first. */
  score: number;
  data(): Promise<PageData & { meta: Record<string, string | undefined> }>;
}
export type Filters = Record<string, string[]>;
export interface Pagefind {
  mergeIndex(url: string, options: { language: string; baseUrl?: string; metaCacheTag?: string }): Promise<void>;
  init(): Promise<void>;
  search(
    query: string,
    options?: { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindModule {
  createInstance(options: { basePath: string; baseUrl: string; noWorker?: boolean; metaCacheTag?: string }): Pagefind;
}

const modules = new Map<string, Promise<PagefindModule>>();
const instances = new Map<string, Promise<Pagefind>>();

/**
 * A Pagefind instance over one part of a bundle (one index folder) whose
 * primary index (and so query stemmer) is `language`, with the part's other
 * languages of the same script merged in, loaded once and only when a query
 * needs it. The archive's years stay instances of their own, not merged:
 * search-client.ts must ask each index which words it holds.
 */
export function loadPagefind(base: string, bundle: SearchPart, language: string): Promise<Pagefind> {
  const key = `${bundle.path} ${language}`;
  let instance = instances.get(key);
  if (instance) return instance;
  instance = (async () => {
    const { createInstance } = await pagefindModule(base, language);
    const path = `${base}${bundle.path}`;
    // Pagefind takes an instance's language from <html lang> at creation, with no option to override it.
    const root = document.documentElement;
    const documentLanguage = root.lang;
    root.lang = language;
    // On the main thread: Pagefind's worker costs a first search more than it
    // spares (its script, its own copy of the wasm and of ICU's word data):
    // 810 against 646 ms at 10,000 articles here, with the warm-up below.
    const metaCacheTag = bundle.entry.tag;
    const pagefind = createInstance({ basePath: path, baseUrl: base, noWorker: true, metaCacheTag });
    root.lang = documentLanguage;
    for (const other of mergedLanguages(language, bundle.languages)) {
      // An absolute URL: Pagefind skips a merge whose path equals its own bundle's.
      await pagefind.mergeIndex(new URL(path, location.href).href, { language: other, baseUrl: base, metaCacheTag });
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

const preloads = new Map<string, Promise<void>>();

/**
 * Load the newest bundle's index for this page's language, so a first query
 * answers sooner; once per base, however many callers (the loader, the box's
 * focus) ask: a second set of preload links would fetch the entry again once
 * Pagefind had taken the first.
 */
export function preloadSearch(base: string): Promise<void> {
  let preload = preloads.get(base);
  if (!preload) {
    preload = preloadNewest(base);
    preload.catch(() => preloads.delete(base));
    preloads.set(base, preload);
  }
  return preload;
}

async function preloadNewest(base: string): Promise<void> {
  const code = pagefindModule(base, pageLanguage());
  const [newest] = await loadBundles(base);
  if (!newest) return;
  const language = partLanguage(newest, pageLanguage());
  await code;
  await (await loadPagefind(base, newest, language)).init();
}

/** The language whose stemmer reads `query` in `bundle`: one of the query's script, or one it holds. */
export function bundleLanguage(bundle: SearchPart, query: string, own: string): string {
  return partLanguage(bundle, queryLanguage(query, bundle.languages, own));
}
