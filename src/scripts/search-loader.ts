// The only search code every page loads (about 1 KB): the search UI and
// Pagefind come on first use. Until then the header box is a plain form that
// opens the search page, so nothing is lost if the module never arrives.
import { MANIFEST } from '../lib/search/search-bundles';
import { pageLanguage } from './page-language';
import { pagefindScript } from './pagefind-url';

let loading: Promise<unknown> | undefined;
function load(): Promise<unknown> {
  if (!loading) {
    preloadIndex();
    loading = import('./search');
  }
  return loading;
}

/** Fetch Pagefind's code and the bundle list alongside the UI module, not after it. */
function preloadIndex(): void {
  const base = document.querySelector<HTMLElement>('site-search, search-page')?.dataset['base'];
  if (base === undefined) return;
  const link = (rel: string, href: string, as?: string) =>
    document.head.append(
      Object.assign(document.createElement('link'), { rel, href, ...(as ? { as, crossOrigin: 'anonymous' } : {}) }),
    );
  link('modulepreload', pagefindScript(base, pageLanguage()));
  link('preload', `${base}${MANIFEST}`, 'fetch');
}

const boxes = () => document.querySelectorAll<HTMLInputElement>('site-search input, search-page input');

// Focusing a box (by pointer, Tab or the shortcut below) wakes it up.
for (const box of boxes()) box.addEventListener('focus', load, { once: true });
// The search page shows results for ?q= at once: it needs its code now.
if (document.querySelector('search-page')) void load();

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
