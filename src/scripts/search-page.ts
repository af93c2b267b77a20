import { hitUrl } from '../lib/search/result-url';
import { setLanguage, type ArticleResult, type Filters } from './search-client';
import { searchController } from './search-controller';
import { formatResultDay, readQuery } from './search-text';

/**
 * The search page. The query and filters live in the URL (`?q=&tag=&year=&sort=`),
 * so a search can be shared, survives a reload, and Back returns to it.
 * Results update as you type; ↓/↑ move between result links.
 */
class SearchPage extends HTMLElement {
  #controller: ReturnType<typeof searchController> | undefined;

  connectedCallback(): void {
    this.#controller = searchController(this.dataset['base'] ?? '/', (state) => {
      if (state.phase !== 'loading')
        this.querySelector('.results')!.replaceChildren(...state.results.map(renderResult));
      this.querySelector('.status')!.textContent = state.message;
    });
    this.querySelector('.needs-js')?.remove();
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    const params = new URLSearchParams(location.search);
    // Words typed before this script arrived are the reader's latest: keep them.
    const typed = readQuery(input);
    if (!typed) input.value = params.get('q') ?? '';
    for (const select of this.#selects()) select.value = params.get(select.name) ?? select.options[0]!.value;

    input.addEventListener('input', () => this.#update());
    for (const select of this.#selects()) select.addEventListener('change', () => this.#update());
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update();
    });
    this.addEventListener('keydown', (event) => this.#move(event));
    if (typed && typed !== params.get('q')) this.#update();
    else this.#run();
  }

  #selects(): HTMLSelectElement[] {
    return [...document.querySelectorAll<HTMLSelectElement>('select[form]')];
  }

  /** Put the current query and filters in the address, then search. */
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
    for (const name of ['tag', 'year']) if (params.get(name)) filters[name] = [params.get(name)!];
    const sort = params.get('sort') === 'newest' ? 'newest' : 'relevance';
    this.#controller?.search({ query: params.get('q')?.trim() ?? '', filters, sort });
  }

  #move(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if ((event.target as Element).tagName === 'SELECT') return;
    const links = [...this.querySelectorAll<HTMLAnchorElement>('.results a')];
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    const next = event.key === 'ArrowDown' ? index + 1 : index - 1;
    if (next < -1 || links.length === 0) return;
    event.preventDefault();
    (next === -1 ? this.querySelector('input')! : links[Math.min(next, links.length - 1)]!).focus();
  }
}

function renderResult(result: ArticleResult): HTMLLIElement {
  const item = document.createElement('li');
  setLanguage(item, result.lang);
  const link = item.appendChild(document.createElement('h2')).appendChild(document.createElement('a'));
  link.href = result.best ? hitUrl(result.best) : result.url;
  link.textContent = result.title;
  if (result.date) {
    const time = Object.assign(document.createElement('time'), {
      dateTime: result.date,
      textContent: formatResultDay(result.date),
    });
    Object.assign(item.appendChild(document.createElement('p')), { className: 'meta' }).append(time);
  }
  const list = item.appendChild(document.createElement('ul'));
  for (const hit of result.hits) {
    const hitLink = Object.assign(
      list.appendChild(document.createElement('li')).appendChild(document.createElement('a')),
      {
        className: 'hit',
        href: hitUrl(hit),
      },
    );
    if (hit.section)
      hitLink.append(Object.assign(document.createElement('span'), { className: 'section', textContent: hit.section }));
    // Escaped words and our own <mark> tags only.
    hitLink.insertAdjacentHTML('beforeend', hit.excerpt);
  }
  return item;
}

customElements.define('search-page', SearchPage);
