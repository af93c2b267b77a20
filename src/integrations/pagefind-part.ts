import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { fileMemo, type FileMemo } from '../lib/build/file-memo.ts';
import { filesUnder } from '../lib/build/files-under.ts';
import { sameFile } from '../lib/build/same-file.ts';
import { entryFacts, type EntryFacts } from '../lib/search/pagefind-entry.ts';
import type { IndexedPage } from '../lib/search/search-bundles.ts';

/** Where indexed parts are kept between builds (in Astro's cache folder), each with the digest of what it indexed. */
export interface PartCache {
  dir: string;
  /** Each page's digest, remembered between builds (pageDigests); without it, every page is read. */
  digests?: FileMemo<string>;
}

// Pagefind's package exports neither its package.json nor a require() entry: read it from the project.
const pagefindVersion = (
  JSON.parse(readFileSync(join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }
).version;
// Indexing code or Pagefind changed: every part is indexed again.
const indexer = createHash('sha256')
  .update(`${pagefindVersion}\n${readFileSync(fileURLToPath(import.meta.url), 'utf8')}`)
  .digest('hex');

/**
 * Write one part of the search index into `site/folder`: copied from the
 * cache when it holds the same pages with the same bytes, else indexed by
 * Pagefind (and then kept in the cache). Returns what its entry file says
 * (languages, tag, first files) and whether it was indexed afresh.
 */
export async function indexPart(
  site: string,
  folder: string,
  pages: IndexedPage[],
  cache?: PartCache,
  early?: Promise<EarlyIndex | undefined>,
): Promise<{ entry: EntryFacts; indexed: boolean }> {
  const output = join(site, folder);
  const kept = cache && join(cache.dir, folder.replace(/\/$/, ''));
  const digest = cache || early ? digestOf(site, folder, pages, cache?.digests) : undefined;
  if (kept && digest && existsSync(`${kept}.digest`) && readFileSync(`${kept}.digest`, 'utf8') === digest) {
    syncTree(kept, output);
    return { entry: readEntry(output), indexed: false };
  }
  rmSync(output, { recursive: true, force: true });
  // Indexed while the build rendered, from the very bytes it then wrote: taken as it is.
  const ready = await early;
  if (ready && ready.digest === digest) moveTree(ready.output, output);
  else await stageAndIndex(site, folder, pages);
  if (kept && digest) {
    // The digest last: a build stopped halfway leaves a part that is never reused.
    rmSync(`${kept}.digest`, { force: true });
    rmSync(kept, { recursive: true, force: true });
    linkTree(output, kept);
    writeFileSync(`${kept}.digest`, digest);
  }
  return { entry: readEntry(output), indexed: true };
}

/** A part indexed before the build ended (early-index.ts): where Pagefind wrote it, and the digest of the pages it read. */
export interface EarlyIndex {
  output: string;
  digest: string;
}

/** What a part's index is made from: the indexing code, its folder, and each page's path and bytes. */
function digestOf(site: string, folder: string, pages: IndexedPage[], memo?: FileMemo<string>): string {
  return partDigest(
    folder,
    pages.map((page) => [relative(site, page.file), memo ? memo.get(page.file, pageDigest) : pageDigest(page.file)]),
  );
}

/** The digest of a part from each page's path (relative to the site) and digest (pageBytesDigest), in the part's order. */
export function partDigest(folder: string, pages: Iterable<[path: string, digest: string]>): string {
  const hash = createHash('sha256').update(`${indexer}\n${folder}\n`);
  for (const [path, digest] of pages) hash.update(`${path} ${digest}\n`);
  return hash.digest('hex');
}

/** A page's digest from its bytes, as the part's digest takes it. */
export const pageBytesDigest = (page: Buffer) => createHash('sha1').update(indexedBytes(page)).digest('hex');

const pageDigest = (file: string) => pageBytesDigest(readFileSync(file));

/** Each page's digest, kept between builds in the part cache: a rebuild reads only the pages written again. */
export function pageDigests(cache: Pick<PartCache, 'dir'>): FileMemo<string> {
  return fileMemo(join(cache.dir, 'page-digests.json'), indexer);
}

const RELATED_START = Buffer.from('<aside class="related"');
const RELATED_END = Buffer.from('</aside>');

/**
 * A page's bytes as far as its index entry goes: all but its related
 * reading (RelatedReading.astro), which Pagefind never reads (it is outside
 * the body and carries no filter or meta) but which changes on many pages
 * whenever an article is published; hashing it would index every year again.
 */
export function indexedBytes(page: Buffer): Buffer {
  const start = page.indexOf(RELATED_START);
  const end = start < 0 ? -1 : page.indexOf(RELATED_END, start);
  return end < 0 ? page : Buffer.concat([page.subarray(0, start), page.subarray(end + RELATED_END.length)]);
}

/**
 * Index the pages with Pagefind. It reads and parses a folder's files in
 * parallel, but files sent one by one through its API in series (twice as
 * slow at 10,000), so the pages are hard-linked into a folder of their own,
 * under the same paths, and that folder is indexed.
 */
async function stageAndIndex(site: string, folder: string, pages: IndexedPage[]): Promise<void> {
  const staging = join(site, `.pagefind-staging-${folder.replace(/\/$/, '').replaceAll('/', '-')}`);
  rmSync(staging, { recursive: true, force: true });
  for (const page of pages) link(page.file, join(staging, relative(site, page.file)));
  try {
    await runPagefind(staging, join(site, folder), pages.length, folder);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Index every page in `staging` (their paths there are their paths in the site) into `output`: `count` pages of part `folder`. */
export async function runPagefind(staging: string, output: string, count: number, folder: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: staging });
  const written = await index.writeFiles({ outputPath: output });
  // Written: out of Pagefind's memory, which otherwise holds every part until the build ends.
  await index.deleteIndex();
  const problems = [...added.errors, ...written.errors];
  if (added.page_count !== count) problems.push(`indexed ${added.page_count} of ${count} pages`);
  if (problems.length) throw new Error(`Pagefind failed on ${folder}:\n  ${problems.join('\n  ')}`);
  for (const file of UNUSED_UI) rmSync(join(output, file), { force: true });
}

/** Pagefind's own search interfaces and highlighter: the site has its own, so these would only be deployed, never loaded. */
const UNUSED_UI = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Make `to` hold exactly the files of `from`, hard-linked (else copied),
 * leaving in place those already linked there: an unchanged part costs a
 * rebuild no file system writes.
 */
function syncTree(from: string, to: string): void {
  if (existsSync(to))
    for (const file of filesUnder(to)) if (!sameFile(join(to, file), join(from, file))) rmSync(join(to, file));
  for (const file of filesUnder(from))
    if (!sameFile(join(from, file), join(to, file))) link(join(from, file), join(to, file));
}

/** The folder `from` moved to `to` (copied when they are on different devices). */
function moveTree(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    linkTree(from, to);
    rmSync(from, { recursive: true, force: true });
  }
}

/** Every file under `from`, hard-linked (else copied) to the same path under `to`. */
function linkTree(from: string, to: string): void {
  for (const file of filesUnder(from)) link(join(from, file), join(to, file));
}

function link(file: string, copy: string): void {
  mkdirSync(dirname(copy), { recursive: true });
  try {
    linkSync(file, copy);
  } catch {
    copyFileSync(file, copy); // A file system without hard links, or another device.
  }
}

/** What the browser needs of the index Pagefind wrote in a folder. */
function readEntry(folder: string): EntryFacts {
  const file = join(folder, 'pagefind-entry.json');
  return entryFacts(readFileSync(file, 'utf8'), file);
}
