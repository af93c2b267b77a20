import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import {
  BUNDLE_FOLDERS,
  MANIFEST,
  splitPages,
  type BundlesManifest,
  type IndexedPage,
} from '../lib/search/search-bundles.ts';

/**
 * Index the built articles with Pagefind's Node API, the newest in a small
 * bundle of their own so that a reader's first query stays light however
 * large the archive grows (src/lib/search/search-bundles.ts), then list the
 * bundles for the browser in `pagefind/bundles.json`. Returns that list.
 */
export async function writeSearchBundles(site: string, pages: IndexedPage[], recent: number): Promise<BundlesManifest> {
  const missing = pages.filter((page) => !existsSync(page.file)).map((page) => relative(site, page.file));
  if (missing.length) throw new Error(`these article pages were not built: ${missing.join(', ')}`);
  for (const folder of BUNDLE_FOLDERS) rmSync(join(site, folder), { recursive: true, force: true });
  // Both bundles at once: Pagefind parses each on its own threads. A site
  // with no articles yet gets no bundle: search then answers "no results".
  const bundles = pages.length ? splitPages(pages, recent) : [];
  const languages = await Promise.all(
    bundles.map((bundle, index) => writeBundle(site, bundle, BUNDLE_FOLDERS[index]!)),
  );
  await pagefind.close();
  const manifest: BundlesManifest = {
    bundles: bundles.map((bundle, index) => ({
      path: BUNDLE_FOLDERS[index]!,
      pages: bundle.length,
      languages: languages[index]!,
      newest: bundle[0]!.date,
      oldest: bundle.at(-1)!.date,
    })),
  };
  mkdirSync(join(site, 'pagefind'), { recursive: true });
  writeFileSync(join(site, MANIFEST), `${JSON.stringify(manifest)}\n`);
  return manifest;
}

/**
 * Index one bundle's pages. Pagefind reads and parses a folder's files in
 * parallel, but files sent one by one through its API in series (twice as
 * slow at 10,000), so the bundle's pages are hard-linked into a folder of
 * their own, under the same paths, and that folder is indexed.
 */
async function writeBundle(site: string, pages: IndexedPage[], folder: string): Promise<string[]> {
  const staging = join(site, `.pagefind-staging-${folder.replace(/\/$/, '')}`);
  rmSync(staging, { recursive: true, force: true });
  for (const page of pages) {
    const copy = join(staging, relative(site, page.file));
    mkdirSync(dirname(copy), { recursive: true });
    try {
      linkSync(page.file, copy);
    } catch {
      copyFileSync(page.file, copy); // A file system without hard links.
    }
  }
  try {
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: staging });
    const written = await index.writeFiles({ outputPath: join(site, folder) });
    const problems = [...added.errors, ...written.errors];
    if (added.page_count !== pages.length) problems.push(`indexed ${added.page_count} of ${pages.length} pages`);
    if (problems.length) throw new Error(`Pagefind failed on ${folder}:\n  ${problems.join('\n  ')}`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  const entry = JSON.parse(readFileSync(join(site, folder, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, unknown>;
  };
  return Object.keys(entry.languages);
}
