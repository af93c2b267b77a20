// The list of search bundles and the first files Pagefind asks for. The
// loader (on every page) asks for them the moment a box is focused; the
// search code takes the same responses, so this file stays small.
import { MANIFEST, type BundlesManifest, type SearchBundle, type SearchPart } from '../lib/search/search-bundles';

let manifest: Promise<SearchBundle[]> | undefined;

/** The site's search bundles, newest articles first (`pagefind/bundles.json`, written by the build). */
export function loadBundles(base: string): Promise<SearchBundle[]> {
  manifest ??= fetch(`${base}${MANIFEST}`)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${response.status}`))))
    .then((file: BundlesManifest) => file.bundles);
  manifest.catch(() => (manifest = undefined));
  return manifest;
}

/** The language a part is read in: `wanted` when the part holds it, else its first. */
export function partLanguage(part: SearchPart, wanted: string): string {
  return part.languages.includes(wanted) ? wanted : (part.languages[0] ?? wanted);
}

/**
 * Ask at once for what Pagefind asks for in two round trips: a part's entry
 * file, then the language's metadata and wasm it names (bundles.json lists
 * them). Pagefind's own requests for the same URLs take these responses.
 */
export function preloadEntry(base: string, part: SearchPart, language: string): void {
  const folder = `${base}${part.path}`;
  const files = part.entry.files[language] ?? [];
  for (const href of [`${folder}pagefind-entry.json?ts=${part.entry.tag}`, ...files.map((file) => folder + file)])
    document.head.append(
      Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', href, crossOrigin: 'anonymous' }),
    );
}
