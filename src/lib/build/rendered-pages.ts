/**
 * The hand-off from the middleware, which sees every page the build renders
 * as the bytes it will write, to an integration that wants them before the
 * build ends (the search index, early-index.ts). Astro loads the two in
 * different module graphs of one process: they meet on `globalThis`.
 */
const LISTENER = Symbol.for('broadsheet:rendered-pages');

/** Told each page rendered: its URL's path (with the base path) and the bytes written. */
export type PageListener = (pathname: string, bytes: Buffer) => void;

type WithListener = typeof globalThis & { [LISTENER]?: PageListener };

/** Start (or, with none, stop) telling `listener` of each page rendered. */
export function listenToPages(listener?: PageListener): void {
  if (listener) (globalThis as WithListener)[LISTENER] = listener;
  else Reflect.deleteProperty(globalThis, LISTENER);
}

/** A page was rendered: tell the listener, if any (the dev server has none). */
export function pageRendered(pathname: string, bytes: Buffer): void {
  (globalThis as WithListener)[LISTENER]?.(pathname, bytes);
}
