import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where an entry's `rendered.metadata` says its HTML was put (its hash), when the store no longer holds it. */
export const HTML_KEY = 'broadsheetHtml';

/**
 * Rendered article HTML kept out of Astro's content store: one file per
 * distinct HTML in the cache folder, named by the hash of its bytes. Astro
 * bundles the whole store into the build (about 100 MB of HTML at 10,000
 * articles, parsed and held in memory by every build); a page reads only
 * its own file.
 */
export function htmlFolder(cacheDir: string): string {
  return join(cacheDir, 'broadsheet', 'html');
}

const fileOf = (folder: string, hash: string) => join(folder, `${hash}.html`);
const factsOf = (folder: string, hash: string) => join(folder, `${hash}.json`);

/** Put the HTML in the folder (once: the name is its hash) and return its hash. */
export function keepHtml(folder: string, html: string): string {
  const hash = createHash('sha256').update(html).digest('hex').slice(0, 32);
  const file = fileOf(folder, hash);
  if (!existsSync(file)) {
    mkdirSync(folder, { recursive: true });
    // Whole or not at all: a build stopped halfway leaves no half a page to reuse.
    writeFileSync(`${file}.tmp`, html);
    renameSync(`${file}.tmp`, file);
  }
  return hash;
}

/**
 * Put beside the HTML what rendering noted of it (rehype-rendered-facts.ts):
 * out of the store too, which Astro writes whole after every build.
 */
export function keepFacts(folder: string, hash: string, facts: unknown): void {
  // Written each time the article renders: HTML unchanged by new rendering code may still be noted differently.
  const file = factsOf(folder, hash);
  writeFileSync(`${file}.tmp`, JSON.stringify(facts ?? null));
  renameSync(`${file}.tmp`, file);
}

/** The facts kept beside the HTML of that hash. */
export function readFacts(folder: string, hash: string): unknown {
  try {
    return JSON.parse(readFileSync(factsOf(folder, hash), 'utf8'));
  } catch (cause) {
    throw new Error(`rendered facts ${factsOf(folder, hash)} are missing from the cache: build again`, { cause });
  }
}

/**
 * The hashes whose HTML and facts are both in the folder: one listing of it
 * rather than two lookups an article (20,000 at 10,000 articles).
 */
export function completeHashes(folder: string): Set<string> {
  const names = new Set(existsSync(folder) ? readdirSync(folder) : []);
  const hashes = [...names].filter((name) => name.endsWith('.html')).map((name) => name.slice(0, -'.html'.length));
  return new Set(hashes.filter((hash) => names.has(`${hash}.json`)));
}

/** The HTML kept under the hash; an error naming the file when the cache lost it. */
export function readHtml(folder: string, hash: string): string {
  try {
    return readFileSync(fileOf(folder, hash), 'utf8');
  } catch (cause) {
    throw new Error(`rendered HTML ${fileOf(folder, hash)} is missing from the cache: build again`, { cause });
  }
}

/** Remove the kept HTML (and facts) no entry names any more (an article edited or withdrawn). */
export function pruneHtml(folder: string, keep: ReadonlySet<string>): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder))
    if (!keep.has(name.replace(/\.(html|json)(\.tmp)?$/, '')) || name.endsWith('.tmp')) rmSync(join(folder, name));
}
