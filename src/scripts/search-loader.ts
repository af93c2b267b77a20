// The only script file every page loads (about 1 KB): the search UI and
// Pagefind come on first use. Until then the header box is a plain form that
// opens the search page, so nothing is lost if the module never arrives.
// It also imports, on request, the helpers an article page needs only now
// and then (helpers.ts): a file's dynamic imports resolve, an inline script's do not.
import type { Helper, HelperRequest, HELPER_EVENT as HelperEvent, HELPERS_LISTENING as Listening } from './helpers';
import { pageLanguage } from './page-language';
import { pagefindScript } from './pagefind-url';
import { loadBundles, preloadEntry, partLanguage } from './search-manifest';

let loading: Promise<unknown> | undefined;
function load(): Promise<unknown> {
  if (!loading) {
    preloadIndex();
    loading = import('./search');
    warmSegmenter();
  }
  return loading;
}

/**
 * Fetch Pagefind's code and the bundle list alongside the UI module, not
 * after it, and start Pagefind's worker on the newest index as soon as its
 * code is here: the worker, its wasm and the index are most of a first
 * search's wait, and the UI module is not needed to begin them.
 */
function preloadIndex(): void {
  const base = document.querySelector<HTMLElement>('site-search, search-page')?.dataset['base'];
  if (base === undefined) return;
  const language = pageLanguage();
  document.head.append(
    Object.assign(document.createElement('link'), { rel: 'modulepreload', href: pagefindScript(base, language) }),
  );
  // The entry's files as soon as the list names them, before any search code has run.
  loadBundles(base)
    .then(([newest]) => newest && preloadEntry(base, newest, partLanguage(newest, language)))
    .catch(() => undefined);
  // A failure here is the UI's to report, when a query needs the index.
  import('./pagefind-instances').then(({ preloadSearch }) => preloadSearch(base)).catch(() => undefined);
}

/**
 * Pagefind splits every query with an `Intl.Segmenter`; a page's first one
 * loads ICU's break rules (15–30 ms here). Make it while the requests above
 * are on their way: until they arrive the page has nothing else to do.
 */
function warmSegmenter(): void {
  if (typeof Intl.Segmenter === 'function')
    new Intl.Segmenter(pageLanguage(), { granularity: 'grapheme' }).segment('a');
}

const boxes = () => document.querySelectorAll<HTMLInputElement>('site-search input, search-page input');

// Focusing a box (by pointer, Tab or the shortcut below) wakes it up.
for (const box of boxes()) box.addEventListener('focus', load, { once: true });
// The search page shows results for ?q= at once: it needs its code now.
if (document.querySelector('search-page')) void load();

// The event's name, checked against helpers.ts's by the type (importing the value would share a module with the inline article script).
const HELPER_EVENT: typeof HelperEvent = 'broadsheet:helper';
const HELPERS_LISTENING: typeof Listening = 'data-helpers';
const helpers: Record<Helper, (request: HelperRequest) => Promise<unknown>> = {
  'stale-link': async ({ fragment }) => (await import('./stale-link')).resolve(fragment ?? ''),
  'quote-link': () => import('./quote-link'),
};
document.addEventListener(HELPER_EVENT, (event) => {
  const request = (event as CustomEvent<HelperRequest>).detail;
  void helpers[request.name]?.(request).finally(() => request.ready?.());
});
document.documentElement.setAttribute(HELPERS_LISTENING, '');

// "/" and Ctrl/⌘+K focus search from anywhere but a text field.
document.addEventListener('keydown', (event) => {
  const shortcut =
    (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) ||
    (event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey));
  const target = event.target;
  const typing =
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  const box = boxes()[0];
  if (!shortcut || typing || !box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
