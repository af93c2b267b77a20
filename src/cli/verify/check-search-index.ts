import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { entryFacts } from '../../lib/search/pagefind-entry.ts';
import {
  MANIFEST,
  partsOf,
  type BundlesManifest,
  type SearchBundle,
  type SearchPart,
} from '../../lib/search/search-bundles.ts';
import { articlePath } from '../../lib/paths.ts';
import type { SourceArticle } from './read-articles.ts';
import { plural, type CheckResult, type Problem } from './types.ts';

/** What the Pagefind bundles say they indexed. */
export interface SearchIndex {
  /** `pagefind/bundles.json`, for reports. */
  entryFile: string;
  /** Sum of `page_count` over the bundles' languages; `undefined` if unreadable. */
  pageCount: number | undefined;
  /** The URL of every indexed page, one per fragment file (`/articles/x/`, without the base path). */
  urls: string[];
  /** Files of the bundles that could not be read. */
  problems: Problem[];
}

// Pagefind 1.x writes one gzipped fragment per indexed page: a `pagefind_dcd`
// signature, then JSON with the page's `url`. Its Node API only builds
// indexes, and its search runtime needs a browser, so the bundles are read here.
const signature = 'pagefind_dcd';

export function readSearchIndex(dist: string): SearchIndex {
  const root = dist.replace(/\/+$/, '');
  const index: SearchIndex = { entryFile: `${root}/${MANIFEST}`, pageCount: undefined, urls: [], problems: [] };
  let bundles: SearchBundle[];
  try {
    bundles = (JSON.parse(readFileSync(join(dist, MANIFEST), 'utf8')) as BundlesManifest).bundles;
  } catch (error) {
    index.problems.push({
      file: index.entryFile,
      message: `cannot read the list of search bundles: ${(error as Error).message}`,
    });
    return index;
  }
  let pageCount: number | undefined = 0;
  const parts = bundles.flatMap(partsOf);
  for (const [index_, bundle] of bundles.entries())
    if (bundle.parts && bundle.parts.reduce((sum, part) => sum + part.pages, 0) !== bundle.pages)
      index.problems.push({
        file: index.entryFile,
        message: `bundle ${index_ + 1} says ${bundle.pages} pages, but its parts add up to ${bundle.parts.reduce((sum, part) => sum + part.pages, 0)}`,
      });
  for (const bundle of parts) {
    const entryFile = `${root}/${bundle.path}pagefind-entry.json`;
    try {
      const text = readFileSync(entryFile, 'utf8');
      const entry = JSON.parse(text) as { languages?: Record<string, { page_count?: number }> };
      checkPreloads(root, bundle, entryFacts(text, entryFile).tag, index);
      const pages = Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
      if (pages !== bundle.pages)
        index.problems.push({
          file: entryFile,
          message: `indexes ${plural(pages, 'page')}, but ${index.entryFile} says ${bundle.pages}`,
        });
      if (pageCount !== undefined) pageCount += pages;
    } catch (error) {
      pageCount = undefined;
      index.problems.push({
        file: entryFile,
        message: `cannot read the Pagefind entry file: ${(error as Error).message}`,
      });
    }
    readFragments(`${root}/${bundle.path}fragment`, index);
  }
  index.pageCount = pageCount;
  return index;
}

/**
 * What bundles.json tells a browser to fetch before Pagefind asks: the
 * part's entry file as it is (its tag), and files that are there.
 */
function checkPreloads(root: string, part: SearchPart, tag: string, index: SearchIndex): void {
  if (part.entry?.tag !== tag)
    index.problems.push({
      file: index.entryFile,
      message: `lists ${part.path} with entry tag ${part.entry?.tag}, but its pagefind-entry.json's is ${tag}: the list is stale`,
    });
  for (const file of new Set(Object.values(part.entry?.files ?? {}).flat()))
    if (!existsSync(join(root, part.path, file)))
      index.problems.push({
        file: index.entryFile,
        message: `has browsers preload ${part.path}${file}, which is not there`,
      });
}

function readFragments(fragments: string, index: SearchIndex): void {
  for (const name of existsSync(fragments) ? readdirSync(fragments).sort() : []) {
    try {
      const text = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
      if (!text.startsWith(signature)) throw new Error(`no ${signature} signature`);
      index.urls.push(String((JSON.parse(text.slice(signature.length)) as { url: unknown }).url));
    } catch (error) {
      index.problems.push({
        file: `${fragments}/${name}`,
        message: `cannot read this fragment (has Pagefind's format changed?): ${(error as Error).message}`,
      });
    }
  }
}

/** Each published article is in the search index exactly once, and nothing else is. */
export function checkSearchIndex(index: SearchIndex, articles: SourceArticle[]): CheckResult {
  const problems = [...index.problems];
  const published = articles.filter((article) => !article.draft);
  if (index.pageCount !== undefined && index.pageCount !== published.length) {
    problems.push({
      file: index.entryFile,
      message: `indexes ${plural(index.pageCount, 'page')}, but ${plural(published.length, 'article')} published`,
    });
  }
  const counts = new Map<string, number>();
  for (const url of index.urls) {
    const path = safeDecode(url);
    counts.set(path, (counts.get(path) ?? 0) + 1);
  }
  const wanted = new Set<string>();
  for (const article of published) {
    const url = `/${articlePath(article.id)}`;
    wanted.add(url);
    const times = counts.get(url) ?? 0;
    if (times !== 1)
      problems.push({
        file: article.file,
        message: `is in the search index ${times} times (as ${url}); expected once`,
      });
  }
  for (const url of counts.keys()) {
    if (!wanted.has(url))
      problems.push({ file: index.entryFile, message: `indexes ${url}, which is not a published article` });
  }
  return {
    name: 'search index',
    checked: index.urls.length,
    summary: `${index.pageCount === undefined ? '?' : plural(index.pageCount, 'page')} indexed, ${plural(index.urls.length, 'fragment')}`,
    problems,
  };
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
