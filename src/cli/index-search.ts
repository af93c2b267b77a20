/**
 * The build's second step: index the built articles for search with
 * Pagefind's Node API, newest articles in their own small bundle so that a
 * reader's first query stays light however large the archive grows
 * (src/lib/search-bundles.ts), then list the bundles for the browser.
 *
 *   node src/cli/index-search.ts [--site dist] [--recent 1000]
 *
 * `OUT_DIR` and `SEARCH_RECENT_ARTICLES` set the defaults, as for `npm run build`.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { MANIFEST, RECENT_ARTICLES, pageDate, splitPages, type BundlesManifest, type IndexedPage } from '../lib/search-bundles.ts';

const usage = 'usage: node src/cli/index-search.ts [--site dist] [--recent 1000]';
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

interface Page extends IndexedPage {
  url: string;
}

/** Every page of the site that asks to be searched (`data-pagefind-body`: the articles). */
function readPages(): Page[] {
  const pages: Page[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(site, { recursive: true, encoding: 'utf8' }).sort()) {
    if (!name.endsWith('.html') || FOLDERS.some((folder) => name.startsWith(folder))) continue;
    const file = join(site, name);
    const html = readFileSync(file, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const date = pageDate(html);
    if (!date) problems.push(`${file}: has data-pagefind-body but no data-pagefind-sort="date:YYYY-MM-DD"`);
    const path = relative(site, file).split(sep).slice(0, -1);
    const url = `/${path.map(encodeURIComponent).join('/')}${path.length ? '/' : ''}`;
    pages.push({ file, date: date ?? '', url });
  }
  if (problems.length) fail(`cannot index these pages:\n  ${problems.join('\n  ')}`);
  return pages;
}

async function writeBundle(pages: Page[], folder: string): Promise<string[]> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) fail(`Pagefind could not start: ${errors.join('; ')}`);
  const problems: string[] = [];
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: readFileSync(page.file, 'utf8') });
    problems.push(...added.errors.map((error) => `${page.file}: ${error}`));
  }
  const written = await index.writeFiles({ outputPath: join(site, folder) });
  problems.push(...written.errors);
  if (problems.length) fail(`Pagefind failed on ${folder}:\n  ${problems.join('\n  ')}`);
  const entry = JSON.parse(readFileSync(join(site, folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  return Object.keys(entry.languages);
}

const started = performance.now();
const pages = readPages();
if (pages.length === 0) fail(`${site} holds no page with data-pagefind-body: nothing to search. Did the build run?`);
for (const folder of FOLDERS) rmSync(join(site, folder), { recursive: true, force: true });

const manifest: BundlesManifest = { bundles: [] };
for (const [index, bundle] of splitPages(pages, recent).entries()) {
  const folder = FOLDERS[index]!;
  const languages = await writeBundle(bundle, folder);
  manifest.bundles.push({ path: folder, pages: bundle.length, languages, newest: bundle[0]!.date, oldest: bundle.at(-1)!.date });
}
await pagefind.close();
mkdirSync(join(site, 'pagefind'), { recursive: true });
writeFileSync(join(site, MANIFEST), `${JSON.stringify(manifest)}\n`);

const summary = manifest.bundles.map((b) => `${b.path} ${b.pages} (${b.oldest} – ${b.newest}, ${b.languages.join(' ')})`);
console.log(`index-search: indexed ${pages.length} articles in ${((performance.now() - started) / 1000).toFixed(1)} s: ${summary.join('; ')}`);
