import { hitUrl } from '../lib/search/result-url';
import { preloadSearch, setLanguage, type ArticleResult } from './search-client';
import { searchController } from './search-controller';
import { formatResultDay, readQuery } from './search-text';

const MAX_ARTICLES = 6;
const MAX_HITS_PER_ARTICLE = 4;

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
      if (state.phase !== 'loading') render(state.results.slice(0, MAX_ARTICLES), state.query);
      say(state.message);
      open(true);
    },
    // The newest articles first; older ones only while the list has room.
    { limit: MAX_ARTICLES, enough: MAX_ARTICLES },
  );
  const search = () => controller.search({ query: readQuery(input) });

  function render(results: ArticleResult[], query: string): void {
    // Results re-render as the reader types: keep their place when the option is still there.
    const chosen = active()?.dataset['href'];
    let n = 0;
    const option = (href: string) => {
      const element = document.createElement('div');
      element.setAttribute('role', 'option');
      element.setAttribute('aria-selected', 'false');
      element.id = `${list.id}-${n++}`;
      element.dataset['href'] = href;
      return element;
    };
    const groups = results.map((result, index) => {
      const group = document.createElement('div');
      group.setAttribute('role', 'group');
      setLanguage(group, result.lang);
      const label = group.appendChild(document.createElement('div'));
      label.id = `${list.id}-g${index}`;
      label.className = 'group-label';
      label.textContent = `${result.title} · ${formatResultDay(result.date)}`;
      group.setAttribute('aria-labelledby', label.id);
      const hits = result.hits.length > 0 ? result.hits.slice(0, MAX_HITS_PER_ARTICLE) : [];
      if (hits.length === 0) group.append(Object.assign(option(result.url), { textContent: result.title }));
      for (const hit of hits) {
        const element = group.appendChild(option(hitUrl(hit)));
        if (hit.section)
          element.append(
            Object.assign(document.createElement('span'), { className: 'section', textContent: hit.section }),
          );
        // Escaped words and our own <mark> tags only.
        element.insertAdjacentHTML('beforeend', `<span class="excerpt">${hit.excerpt}</span>`);
      }
      return group;
    });
    const all = option(`${base}search/?q=${encodeURIComponent(query)}`);
    all.className = 'see-all';
    all.textContent = `See all results for “${query}”`;
    list.replaceChildren(...groups, all);
    if (chosen) choose(options().find((option) => option.dataset['href'] === chosen));
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
      location.assign(all[index]!.dataset['href']!);
    } else if (event.key === 'Escape') {
      // Our own two-step Escape instead of the browser's clear-at-once.
      event.preventDefault();
      // Results still on their way must not reopen what the reader closed.
      controller.cancel();
      if (!popup.hidden) open(false);
      else input.value = '';
    }
  });
  list.addEventListener('click', (event) => {
    const target = (event.target as Element).closest<HTMLElement>('[role="option"]');
    if (target) location.assign(target.dataset['href']!);
  });
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
