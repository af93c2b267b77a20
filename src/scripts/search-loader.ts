// The only search code every page loads (about 1 KB): the search UI and
// Pagefind come on first use. Until then the header box is a plain form that
// opens the search page, so nothing is lost if the module never arrives.
let loading: Promise<unknown> | undefined;
const load = () => (loading ??= import('./search'));

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
  const typing = target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  const box = boxes()[0];
  if (!shortcut || typing || !box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
