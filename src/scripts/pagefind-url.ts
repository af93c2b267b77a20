/**
 * Pagefind's script for one language. Its wasm, and so its stemmer, is a
 * singleton of the module (and of the worker it starts), so each language
 * gets a copy of its own, told apart by the query string.
 */
export function pagefindScript(base: string, language: string): string {
  return `${base}pagefind/pagefind.js?language=${language}`;
}
