import { hitUrl } from '../lib/result-url';
import { isQueryTooShort, searchInTurn, setLanguage, type ArticleResult, type Filters } from './search-client';
import { runLatest } from './run-latest';
import { MESSAGES, formatDay, readQuery, roundMessage, withSlowNotice } from './search-text';

/**
 * The search page. The query and filters live in the URL (`?q=&tag=&year=&sort=`),
 * so a search can be shared, survives a reload, and Back returns to it.
 * Results update as you type; ↓/↑ move between result links.
 */
class SearchPage extends HTMLElement {
  #latest = 0;

  connectedCallback(): void {
    this.querySelector('.needs-js')?.remove();
    const form = this.querySelector('form')!;
    const input = form.querySelector('input')!;
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const select of this.#selects()) select.value = params.get(select.name) ?? select.options[0]!.value;

    const schedule = runLatest((_: undefined, signal) => this.#update(signal));
    input.addEventListener('input', () => schedule(undefined));
    for (const select of this.#selects()) select.addEventListener('change', () => schedule(undefined));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      schedule(undefined);
    });
    this.addEventListener('keydown', (event) => this.#move(event));
    void this.#run();
  }

  #selects(): HTMLSelectElement[] {
    return [...document.querySelectorAll<HTMLSelectElement>('select[form]')];
  }

  /** Put the current query and filters in the address, then search. */
  #update(signal?: AbortSignal): Promise<void> {
    const params = new URLSearchParams();
    const query = readQuery(this.querySelector('input')!);
    if (query) params.set('q', query);
    for (const select of this.#selects()) if (select.value && select.selectedIndex > 0) params.set(select.name, select.value);
    const search = params.size ? `?${params}` : '';
    if (search !== location.search) history.replaceState(null, '', `${location.pathname}${search}`);
    return this.#run(signal);
  }

  async #run(signal?: AbortSignal): Promise<void> {
    const ticket = ++this.#latest;
    const params = new URLSearchParams(location.search);
    const query = params.get('q')?.trim() ?? '';
    if (!query) return this.#show([], MESSAGES.empty);
    if (isQueryTooShort(query)) return this.#show([], MESSAGES.tooShort);
    const filters: Filters = {};
    for (const name of ['tag', 'year']) if (params.get(name)) filters[name] = [params.get(name)!];
    const sort = params.get('sort') === 'newest' ? 'newest' : 'relevance';
    try {
      // The newest articles show first; each older bundle's add on below as it answers.
      const rounds = searchInTurn(this.dataset['base'] ?? '/', query, { filters, sort, signal });
      const loading = () => {
        if (ticket === this.#latest) this.#status(MESSAGES.loading);
      };
      for (let round = await withSlowNotice(rounds.next(), loading); !round.done; round = await rounds.next()) {
        if (ticket !== this.#latest) return void rounds.return(undefined);
        this.#show(round.value.results, roundMessage(query, round.value.results, round.value.more));
      }
    } catch {
      if (ticket === this.#latest && !signal?.aborted) this.#show([], MESSAGES.failed);
    }
  }

  #show(results: ArticleResult[], message: string): void {
    this.querySelector('.results')!.replaceChildren(...results.map(renderResult));
    this.#status(message);
  }

  #status(text: string): void {
    this.querySelector('.status')!.textContent = text;
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
    const time = Object.assign(document.createElement('time'), { dateTime: result.date, textContent: formatDay(result.date) });
    Object.assign(item.appendChild(document.createElement('p')), { className: 'meta' }).append(time);
  }
  const list = item.appendChild(document.createElement('ul'));
  for (const hit of result.hits) {
    const hitLink = Object.assign(list.appendChild(document.createElement('li')).appendChild(document.createElement('a')), {
      className: 'hit',
      href: hitUrl(hit),
    });
    if (hit.section) hitLink.append(Object.assign(document.createElement('span'), { className: 'section', textContent: hit.section }));
    // Escaped words and our own <mark> tags only.
    hitLink.insertAdjacentHTML('beforeend', hit.excerpt);
  }
  return item;
}

customElements.define('search-page', SearchPage);
