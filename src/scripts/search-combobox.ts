import { preloadSearch } from './search-client';
import { searchController, type SearchState } from './search-controller';
import { renderOptions } from './search-options';
import { readQuery } from './search-text';

const MAX_ARTICLES = 6;

/**
 * Instant results under the header search box, as an ARIA combobox with a
 * listbox popup: results update as you type; ↑/↓ move through them, Enter
 * opens one (or, with none chosen, the full search page), Escape closes the
 * list and then clears the box. Focus stays in the box throughout.
 */
export function mountCombobox(host: HTMLElement): void {
  const base = host.dataset['base'] ?? '/';
  const input = host.querySelector('input')!;
  const popup = host.querySelector<HTMLElement>('.popup')!;
  const list = popup.querySelector<HTMLElement>('[role="listbox"]')!;
  const status = host.querySelector<HTMLElement>('[role="status"]')!;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const active = () => list.querySelector<HTMLElement>('[aria-selected="true"]');
  const open = (show: boolean) => {
    popup.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
    if (!show) choose(undefined);
  };
  const choose = (option: HTMLElement | undefined) => {
    active()?.setAttribute('aria-selected', 'false');
    if (option) {
      option.setAttribute('aria-selected', 'true');
      option.scrollIntoView({ block: 'nearest' });
      input.setAttribute('aria-activedescendant', option.id);
    } else input.removeAttribute('aria-activedescendant');
  };
  const say = (message: string) => {
    status.textContent = message;
  };

  const controller = searchController(
    base,
    (state) => {
      if (state.phase === 'idle') {
        open(false);
        say('');
        return;
      }
      if (state.phase !== 'loading') render(state);
      say(state.message);
      open(true);
    },
    // The newest articles first; older ones only while the list has room.
    { enough: MAX_ARTICLES, typing: true },
  );
  const search = () => controller.search({ query: readQuery(input), show: MAX_ARTICLES });

  function render(state: SearchState): void {
    // Results re-render as the reader types: keep their place when the option is still there.
    const chosen = active()?.getAttribute('href');
    renderOptions(list, state, base, MAX_ARTICLES);
    if (chosen) choose(options().find((option) => option.getAttribute('href') === chosen));
  }

  input.addEventListener('input', search);
  input.addEventListener('keydown', (event) => {
    const all = options();
    const index = all.indexOf(active()!);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (popup.hidden) return void (readQuery(input) && search());
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      choose(all[(index + step + all.length + (index < 0 && step < 0 ? 1 : 0)) % all.length]);
    } else if (event.key === 'Enter' && index >= 0) {
      event.preventDefault();
      location.assign((all[index] as HTMLAnchorElement).href);
    } else if (event.key === 'Escape') {
      // Our own two-step Escape instead of the browser's clear-at-once.
      event.preventDefault();
      // Results still on their way must not reopen what the reader closed.
      controller.cancel();
      if (!popup.hidden) open(false);
      else input.value = '';
    }
  });
  // Options are links: a click (or Ctrl/⌘-click, a middle click) follows them as any link.
  // Keep focus in the box when an option is pressed with the pointer.
  list.addEventListener('mousedown', (event) => event.preventDefault());
  host.addEventListener('focusout', (event) => {
    if (!host.contains(event.relatedTarget as Node | null)) open(false);
  });
  const warmUp = () => {
    // Warm up on focus so the first keystroke's results come fast.
    preloadSearch(base).catch(() => undefined);
    if (readQuery(input) && list.childElementCount > 0) open(true);
  };
  input.addEventListener('focus', warmUp);
  // This code arrives on the box's first focus (search-loader.ts): catch up
  // with that focus, and with anything typed while it was loading.
  if (document.activeElement === input) {
    warmUp();
    if (readQuery(input)) search();
  }
}
