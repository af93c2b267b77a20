import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import {
  archiveFolder,
  BUNDLE_FOLDERS,
  MANIFEST,
  splitByYear,
  splitPages,
  type BundlesManifest,
  type IndexedPage,
  type SearchBundle,
  type SearchPart,
} from '../lib/search/search-bundles.ts';
import { inPool } from '../lib/build/in-pool.ts';
import type { EntryFacts } from '../lib/search/pagefind-entry.ts';
import { indexPart, pageDigests, type EarlyIndex, type PartCache } from './pagefind-part.ts';

/** Parts indexed at once: enough to keep two cores busy while one part is read and another written. */
const PARTS_AT_ONCE = 3;

/** One Pagefind index of the search: a folder and the pages it indexes. */
export interface Part<T extends IndexedPage = IndexedPage> {
  folder: string;
  pages: T[];
}

/** The parts of each bundle: the newest articles' one, then the archive's, a year a part. */
export function searchParts<T extends IndexedPage>(pages: readonly T[], recent: number): Part<T>[][] {
  // A site with no articles yet gets no bundle: search then answers "no results".
  const [newest, archive] = pages.length ? splitPages(pages, recent) : [];
  const groups: Part<T>[][] = [];
  if (newest) groups.push([{ folder: BUNDLE_FOLDERS[0]!, pages: newest }]);
  if (archive)
    groups.push(splitByYear(archive).map(([year, yearPages]) => ({ folder: archiveFolder(year), pages: yearPages })));
  return groups;
}

/**
 * Index the built articles with Pagefind's Node API, the newest in a small
 * bundle of their own so that a reader's first query stays light however
 * large the archive grows (src/lib/search/search-bundles.ts), the archive a
 * year a part, then list the bundles for the browser in
 * `pagefind/bundles.json`. Pagefind cannot update an index, so a part whose
 * pages are all unchanged is copied from `cache` instead: an edit re-indexes
 * its year (and the newest bundle if it is there). A part `early` indexed
 * while the build rendered (early-index.ts) is taken when it read the same
 * pages. Returns the list, and how many parts were indexed afresh.
 */
export async function writeSearchBundles(
  site: string,
  pages: IndexedPage[],
  recent: number,
  cache?: PartCache,
  early?: (folder: string) => Promise<EarlyIndex | undefined> | undefined,
): Promise<BundlesManifest & { indexed: number }> {
  const missing = pages.filter((page) => !existsSync(page.file)).map((page) => relative(site, page.file));
  if (missing.length) throw new Error(`these article pages were not built: ${missing.join(', ')}`);
  const groups = searchParts(pages, recent);
  removeOtherParts(
    site,
    groups.flat().map((part) => part.folder),
  );
  const kept = cache && { ...cache, digests: cache.digests ?? pageDigests(cache) };
  // A few parts at once: Pagefind's one backend parses them on its own threads, and
  // holds each part's index in memory until it is written (all 15 at 10,000: 1 GB).
  const written = await inPool(PARTS_AT_ONCE, groups.flat(), async (part) => ({
    part,
    ...(await indexPart(site, part.folder, part.pages, kept, early?.(part.folder))),
  }));
  // A part indexed early that the cache then made unneeded may still be in Pagefind's backend.
  await Promise.all(groups.flat().map((part) => early?.(part.folder)));
  await pagefind.close();
  kept?.digests.save();
  const described = new Map(written.map(({ part, entry }) => [part.folder, describe(part, entry)] as const));
  const manifest: BundlesManifest = {
    bundles: groups.map((parts) => bundleOf(parts.map((part) => described.get(part.folder)!))),
  };
  mkdirSync(join(site, 'pagefind'), { recursive: true });
  writeFileSync(join(site, MANIFEST), `${JSON.stringify(manifest)}\n`);
  return { ...manifest, indexed: written.filter((result) => result.indexed).length };
}

function describe({ folder, pages }: Part, { languages, tag, files }: EntryFacts): SearchPart {
  const dates = { newest: pages[0]!.date, oldest: pages.at(-1)!.date };
  return { path: folder, pages: pages.length, languages, ...dates, entry: { tag, files } };
}

/** One search over its parts: their totals, and the parts themselves when there are several. */
function bundleOf(parts: SearchPart[]): SearchBundle {
  if (parts.length === 1) return parts[0]!;
  return {
    path: parts[0]!.path,
    pages: parts.reduce((sum, part) => sum + part.pages, 0),
    languages: [...new Set(parts.flatMap((part) => part.languages))].sort(),
    newest: parts[0]!.newest,
    oldest: parts.at(-1)!.oldest,
    entry: parts[0]!.entry,
    parts,
  };
}

/**
 * Remove from the bundle folders whatever is not one of this build's parts
 * (a year no longer in the archive, the archive itself when the site
 * shrank); each part's own folder is brought in step by indexPart.
 */
function removeOtherParts(site: string, parts: readonly string[]): void {
  for (const folder of BUNDLE_FOLDERS) {
    const path = join(site, folder);
    if (parts.includes(folder) || !existsSync(path)) continue;
    if (!parts.some((part) => part.startsWith(folder))) {
      rmSync(path, { recursive: true, force: true });
      continue;
    }
    for (const entry of readdirSync(path, { withFileTypes: true }))
      if (!entry.isDirectory() || !parts.includes(`${folder}${entry.name}/`))
        rmSync(join(path, entry.name), { recursive: true, force: true });
  }
}
