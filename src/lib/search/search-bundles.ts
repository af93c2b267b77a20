import type { EntryFacts } from './pagefind-entry';

/**
 * Search reads the newest articles first. A reader's first query downloads
 * only a small index of recent articles; the archive's index loads after, or
 * not at all when the recent articles already fill the results. Pagefind's
 * cost grows with the pages of the bundle it reads: its metadata holds every
 * page, and a common word's index chunk lists every page that holds it.
 */

/** One Pagefind index: a folder Pagefind wrote. */
export interface SearchPart {
  /** Its folder, relative to the site's base path, ending in `/`. */
  path: string;
  /** How many articles it indexes. */
  pages: number;
  /** The languages Pagefind indexed in it. */
  languages: string[];
  /** Dates (`YYYY-MM-DD`) of its oldest and newest article. */
  oldest: string;
  newest: string;
  /** Its `pagefind-entry.json`'s tag and first files, so a browser can ask for them at once. */
  entry: Pick<EntryFacts, 'tag' | 'files'>;
}

/**
 * One bundle, as `pagefind/bundles.json` describes it to the browser: one
 * search. Its own fields describe all of it; `path` and `entry` are its first part's.
 */
export interface SearchBundle extends SearchPart {
  /**
   * The archive is indexed a year a part, newest first, so that an edit
   * re-indexes one year, not the whole archive; the browser merges the parts
   * into one search with Pagefind's `mergeIndex`. Absent: one part, `path`.
   */
  parts?: SearchPart[];
}

export interface BundlesManifest {
  /** Newest first: the order search reads them in. */
  bundles: SearchBundle[];
}

/** The file, in the first bundle's folder, that lists the bundles. */
export const MANIFEST = 'pagefind/bundles.json';

/** The folders the bundles are written in: the newest articles', and the archive's (a subfolder a year). */
export const BUNDLE_FOLDERS = ['pagefind/', 'pagefind-archive/'];

/** The folder of the archive's part for one year. */
export const archiveFolder = (year: string) => `${BUNDLE_FOLDERS[1]}${year}/`;

/** A bundle's parts: its own, or the archive's years. */
export const partsOf = (bundle: SearchBundle): SearchPart[] => bundle.parts ?? [bundle];

export interface IndexedPage {
  /** Path of the page's HTML file inside the built site. */
  file: string;
  /** The article's day, `YYYY-MM-DD`. */
  date: string;
}

/**
 * Split the pages into bundles: the newest `recent`, then the rest. Newest
 * first, ties in file order, so the same site always splits the same way.
 * A small archive would cost a second round of downloads for little gain.
 */
export function splitPages<T extends IndexedPage>(pages: readonly T[], recent: number): T[][] {
  const sorted = [...pages].sort((a, b) => (a.date === b.date ? compare(a.file, b.file) : compare(b.date, a.date)));
  if (sorted.length < recent * 2) return [sorted];
  return [sorted.slice(0, recent), sorted.slice(recent)];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The archive's pages by year (their dates' first four digits), newest year first, in the order given. */
export function splitByYear<T extends IndexedPage>(pages: readonly T[]): [string, T[]][] {
  const years = new Map<string, T[]>();
  for (const page of pages) {
    const year = page.date.slice(0, 4);
    const list = years.get(year);
    if (list) list.push(page);
    else years.set(year, [page]);
  }
  return [...years].sort(([a], [b]) => compare(b, a));
}
