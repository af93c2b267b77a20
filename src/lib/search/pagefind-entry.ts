import { createHash } from 'node:crypto';

/**
 * What the browser needs to know of one index before Pagefind starts: it
 * reads `pagefind-entry.json` first, and only then asks for a language's
 * metadata and WebAssembly, one round trip later. Listed in `bundles.json`,
 * all three can be asked for at once (see pagefind-instances.ts).
 */
export interface EntryFacts {
  /** The languages indexed, in the entry's order. */
  languages: string[];
  /**
   * A digest of the entry file, given to Pagefind as its `metaCacheTag`: the
   * entry's URL then changes when, and only when, the index does (Pagefind
   * otherwise appends the time, so no request for it is ever reused).
   */
  tag: string;
  /** Per language, the files Pagefind loads right after the entry: its metadata, then its wasm. */
  files: Record<string, [meta: string, wasm: string]>;
}

interface PagefindEntry {
  languages: Record<string, { hash: string; wasm: string | null }>;
}

/** The facts of an index from its `pagefind-entry.json` text; `file` names it in errors. */
export function entryFacts(text: string, file: string): EntryFacts {
  let entry: PagefindEntry;
  try {
    entry = JSON.parse(text) as PagefindEntry;
  } catch (error) {
    throw new Error(`${file}: not JSON`, { cause: error });
  }
  if (typeof entry?.languages !== 'object' || entry.languages === null)
    throw new Error(`${file}: no "languages" object`);
  const files: EntryFacts['files'] = {};
  for (const [language, { hash, wasm }] of Object.entries(entry.languages)) {
    if (typeof hash !== 'string') throw new Error(`${file}: languages.${language}.hash is not a string`);
    // Pagefind loads the language-neutral wasm for a language it has no stemmer for.
    files[language] = [`pagefind.${hash}.pf_meta`, `wasm.${wasm ?? 'unknown'}.pagefind`];
  }
  const tag = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return { languages: Object.keys(entry.languages), tag, files };
}
