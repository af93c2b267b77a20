/**
 * The build's second step: index the built articles for search with
 * Pagefind's Node API, newest articles in their own small bundle so that a
 * reader's first query stays light however large the archive grows
 * (src/lib/search-bundles.ts), then list the bundles for the browser.
 *
 *   node src/cli/index-search.ts [--site dist] [--recent 500]
 *
 * `OUT_DIR` and `SEARCH_RECENT_ARTICLES` set the defaults, as for `npm run build`.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { MANIFEST, RECENT_ARTICLES, pageDate, splitPages, type BundlesManifest, type IndexedPage } from '../lib/search-bundles.ts';

const usage = 'usage: node src/cli/index-search.ts [--site dist] [--recent 500]';
const FOLDERS = ['pagefind/', 'pagefind-archive/'];

function fail(message: string): never {
  console.error(`index-search: ${message}`);
  process.exit(1);
}

let site: string;
let recent: number;
try {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: process.env['OUT_DIR'] || 'dist' },
      recent: { type: 'string', default: process.env['SEARCH_RECENT_ARTICLES'] || String(RECENT_ARTICLES) },
    },
  });
  site = values.site;
  recent = Number(values.recent);
  if (!Number.isInteger(recent) || recent < 1) throw new Error(`--recent must be a whole number above 0, not "${values.recent}"`);
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}

/** Every page of the site that asks to be searched (`data-pagefind-body`: the articles). */
function readPages(): IndexedPage[] {
  const pages: IndexedPage[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(site, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!name.endsWith('.html') || name.startsWith('.index-search-') || FOLDERS.some((folder) => name.startsWith(folder))) continue;
    const file = join(site, name);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const date = pageDate(html);
    if (!date) problems.push(`${file}: has data-pagefind-body but no data-pagefind-sort="date:YYYY-MM-DD"`);
    pages.push({ file, date: date ?? '' });
  }
  if (problems.length) fail(`cannot index these pages:\n  ${problems.join('\n  ')}`);
  return pages;
}

/**
 * Index one bundle's pages. Pagefind reads and parses a folder's files in
 * parallel, but files sent one by one through its API in series (twice as
 * slow at 10,000), so the bundle's pages are hard-linked into a folder of
 * their own, under the same paths, and that folder is indexed.
 */
async function writeBundle(pages: IndexedPage[], folder: string): Promise<string[]> {
  const staging = join(site, `.index-search-${folder.replace(/\/$/, '')}`);
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
  const entry = JSON.parse(readFileSync(join(site, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  return Object.keys(entry.languages);
}

const started = performance.now();
if (!existsSync(site)) fail(`${site} does not exist: build the site first (npm run build)`);
const pages = readPages();
for (const folder of FOLDERS) rmSync(join(site, folder), { recursive: true, force: true });

// Both bundles at once: Pagefind parses each on its own threads. A site
// with no articles yet gets no bundle: search then answers "no results".
const bundles = pages.length ? splitPages(pages, recent) : [];
const languages = await Promise.all(bundles.map((bundle, index) => writeBundle(bundle, FOLDERS[index]!))).catch((error: Error) => fail(error.message));
const manifest: BundlesManifest = {
  bundles: bundles.map((bundle, index) => ({
    path: FOLDERS[index]!,
    pages: bundle.length,
    languages: languages[index]!,
    newest: bundle[0]!.date,
    oldest: bundle.at(-1)!.date,
  })),
};
await pagefind.close();
mkdirSync(join(site, 'pagefind'), { recursive: true });
writeFileSync(join(site, MANIFEST), `${JSON.stringify(manifest)}\n`);

const summary = manifest.bundles.map((b) => `${b.path} ${b.pages} (${b.oldest} – ${b.newest}, ${b.languages.join(' ')})`);
console.log(`index-search: indexed ${pages.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary.join('; ') || 'no articles yet, so no index'}`);
