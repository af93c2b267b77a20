import { bestHit, paragraphHits, type PageData } from '../lib/paragraph-hits';

interface PagefindResult {
  data(): Promise<PageData & { meta: Record<string, string | undefined> }>;
}
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Results shown at once; enough for a news collection, cheap to fetch. */
const MAX_PAGES = 20;

/**
 * The search page: runs `?q=` against the Pagefind index when the page loads
 * and lists, per article, every paragraph that holds a hit.
 */
class SearchResults extends HTMLElement {
  #pagefind: Promise<Pagefind> | undefined;

  connectedCallback(): void {
    this.querySelector('.needs-js')?.remove();
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    for (const input of document.querySelectorAll<HTMLInputElement>('input[name="q"]')) input.value = query;
    if (query) void this.run(query);
    else this.#status('Type a few words to search every article.');
  }

  get #base(): string {
    return this.dataset['base'] ?? '/';
  }

  #load(): Promise<Pagefind> {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${this.#base}pagefind/pagefind.js`)) as Pagefind;
      await pagefind.options({ baseUrl: this.#base });
      return pagefind;
    })();
    return this.#pagefind;
  }

  async run(query: string): Promise<void> {
    this.#status(`Searching for “${query}”…`);
    let results: PagefindResult[];
    try {
      const pagefind = await this.#load();
      results = (await pagefind.search(query))?.results ?? [];
    } catch {
      this.#pagefind = undefined;
      this.#status('Search is unavailable right now: the search index could not be loaded. Please try again later.');
      return;
    }
    const pages = await Promise.all(results.slice(0, MAX_PAGES).map((result) => result.data()));
    const list = this.querySelector('.results')!;
    list.replaceChildren(...pages.map((page) => this.#renderPage(page)));
    const hits = list.querySelectorAll('.hit').length;
    this.#status(
      pages.length === 0
        ? `No results for “${query}”. Try fewer or different words.`
        : `${count(hits, 'paragraph')} in ${count(pages.length, 'article')} for “${query}”.`,
    );
  }

  #renderPage(page: PageData & { meta: Record<string, string | undefined> }): HTMLLIElement {
    const hits = paragraphHits(page);
    const item = el('li');
    const heading = item.appendChild(el('h2'));
    const link = heading.appendChild(el('a'));
    link.href = bestHit(hits)?.url ?? page.url;
    link.textContent = page.meta['title'] ?? page.url;
    if (page.meta['date']) {
      const meta = item.appendChild(el('p'));
      meta.className = 'meta';
      const time = meta.appendChild(el('time'));
      time.dateTime = page.meta['date'];
      time.textContent = new Date(page.meta['date']).toLocaleDateString('en', { dateStyle: 'long', timeZone: 'UTC' });
    }
    const paragraphs = item.appendChild(el('ul'));
    for (const hit of hits) {
      const hitLink = paragraphs.appendChild(el('li')).appendChild(el('a'));
      hitLink.className = 'hit';
      hitLink.href = hit.url;
      if (hit.section) {
        const section = hitLink.appendChild(el('span'));
        section.className = 'section';
        section.textContent = hit.section;
      }
      // The excerpt is built from escaped words and our own <mark> tags only.
      hitLink.insertAdjacentHTML('beforeend', hit.excerpt);
    }
    return item;
  }

  #status(text: string): void {
    this.querySelector('.status')!.textContent = text;
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K): HTMLElementTagNameMap[K] {
  return document.createElement(tag);
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

customElements.define('search-results', SearchResults);
