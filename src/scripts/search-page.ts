import { withBase, searchPath } from '../lib/paths';
import type { Filters } from './search-client';
import { searchController, type SearchState } from './search-controller';
import { renderResult } from './search-result';
import { readQuery } from './search-text';

/** Articles a page of results holds: “Show more results” adds as many again. */
const PAGE_SIZE = 10;

/**
 * The search page. The query, filters and how many pages are shown live in
 * the URL (`?q=&tag=&year=&kind=&sort=&page=`), so a search can be shared, survives
 * a reload, and Back returns to the same results at the same place. Results
 * update as you type; ↓/↑ move between result links.
 */
class SearchPage extends HTMLElement {
  #controller: ReturnType<typeof searchController> | undefined;
  #state: SearchState | undefined;
  /** Where the reader was when they left, restored once their results are back. */
  #scroll: number | undefined;

  connectedCallback(): void {
    const base = this.dataset['base'] ?? '/';
    this.#controller = searchController(base, (state) => this.#show(state, base));
    this.querySelector('.needs-js')?.remove();
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    const params = new URLSearchParams(location.search);
    // Words typed before this script arrived are the reader's latest: keep them.
    const typed = readQuery(input);
    if (!typed) input.value = params.get('q') ?? '';
    for (const select of this.#selects()) select.value = params.get(select.name) ?? select.options[0]!.value;
    history.scrollRestoration = 'manual';
    this.#scroll = (history.state as { scroll?: number } | null)?.scroll;
    let saving = 0;
    addEventListener('scroll', () => {
      cancelAnimationFrame(saving);
      saving = requestAnimationFrame(() => history.replaceState({ ...(history.state as object), scroll: scrollY }, ''));
    });

    input.addEventListener('input', () => this.#update());
    for (const select of this.#selects()) select.addEventListener('change', () => this.#update());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update();
    });
    this.querySelector('.more-results')!.addEventListener('click', () => void this.#showMore());
    this.addEventListener('keydown', (event) => this.#move(event));
    if (typed && typed !== params.get('q')) this.#update();
    else this.#run();
  }

  #selects(): HTMLSelectElement[] {
    return [...document.querySelectorAll<HTMLSelectElement>('select[form]')];
  }

  /** Put the current query and filters in the address (back to the first page), then search. */
  #update(): void {
    const params = new URLSearchParams();
    const query = readQuery(this.querySelector('input')!);
    if (query) params.set('q', query);
    for (const select of this.#selects())
      if (select.value && select.selectedIndex > 0) params.set(select.name, select.value);
    const search = params.size ? `?${params}` : '';
    if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
    this.#run();
  }

  /** Search for what the address says. */
  #run(): void {
    const params = new URLSearchParams(location.search);
    const filters: Filters = {};
    for (const name of ['tag', 'year', 'kind']) if (params.get(name)) filters[name] = [params.get(name)!];
    const pages = Math.max(1, Math.min(1000, Number.parseInt(params.get('page') ?? '1', 10) || 1));
    const sort = params.get('sort') === 'newest' ? 'newest' : 'relevance';
    this.#controller?.search({ query: params.get('q')?.trim() ?? '', filters, sort, show: pages * PAGE_SIZE });
  }

  #show(state: SearchState, base: string): void {
    this.querySelector('.status')!.textContent = state.message;
    if (state.phase === 'loading') return;
    this.#state = state;
    this.querySelector('.results')!.replaceChildren(...state.results.map(renderResult));
    const instead = this.querySelector<HTMLElement>('.instead')!;
    instead.hidden = !state.instead;
    if (state.instead) {
      const link = Object.assign(document.createElement('a'), {
        href: withBase(base, searchPath(state.instead)),
        textContent: `Search for “${state.instead}” instead`,
      });
      instead.replaceChildren(link);
    }
    this.#moreButton();
    if (this.#scroll !== undefined && state.final) {
      scrollTo(0, this.#scroll);
      this.#scroll = undefined;
    }
  }

  async #showMore(): Promise<void> {
    const state = this.#state;
    const list = this.querySelector('.results')!;
    const button = this.querySelector<HTMLButtonElement>('.more-results')!;
    if (!state || button.disabled) return;
    // One page at a time: a second press while this one loads would fetch the same articles again.
    button.disabled = true;
    const from = list.childElementCount;
    const more = await state.load(from, from + PAGE_SIZE).finally(() => (button.disabled = false));
    if (state !== this.#state || more.length === 0) return;
    const items = more.map(renderResult);
    list.append(...items);
    const params = new URLSearchParams(location.search);
    params.set('page', String(Math.ceil(list.childElementCount / PAGE_SIZE)));
    history.replaceState({ ...(history.state as object) }, '', `${location.pathname}?${params}`);
    this.#moreButton();
    items[0]?.querySelector('a')?.focus();
  }

  #moreButton(): void {
    const shown = this.querySelector('.results')!.childElementCount;
    const button = this.querySelector<HTMLButtonElement>('.more-results')!;
    button.hidden = !this.#state || shown >= this.#state.total;
  }

  #move(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if ((event.target as Element).tagName === 'SELECT') return;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('.results a')].filter(
      (link) => !link.closest('[hidden]'),
    );
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
    if (next < -1 || links.length === 0) return;
    event.preventDefault();
    (next === -1 ? this.querySelector('input')! : links[Math.min(next, links.length - 1)]!).focus();
  }
}

customElements.define('search-page', SearchPage);
