import { hitUrl } from '../lib/search/result-url';
import { setLanguage, type ArticleResult } from './search-client';
import type { ParagraphHit } from '../lib/search/paragraph-hits';
import { formatResultDay } from './search-text';

/** Paragraphs shown under an article's headline before “N more in this article”. */
export const HITS_SHOWN = 3;

/** Where an article's headline link lands: its best paragraph, with the words to mark. */
export function headlineUrl(result: ArticleResult): string {
  return result.hits[0] ? hitUrl(result.hits[0]) : result.url;
}

/** The article's date as its page prints it: in its own language. */
export function resultTime(result: ArticleResult): HTMLTimeElement | undefined {
  if (!result.date) return undefined;
  return Object.assign(document.createElement('time'), {
    dateTime: result.date,
    textContent: formatResultDay(result.date, result.lang),
  });
}

/** The kind-of-story label of a result that is not plain news, as its page shows it. */
export function resultKind(result: ArticleResult): HTMLSpanElement | undefined {
  if (!result.kind) return undefined;
  const label = Object.assign(document.createElement('span'), {
    className: `kind kind-${result.kind.toLowerCase().replace(/[^a-z]/g, '')}`,
    textContent: result.kind,
  });
  label.lang = 'en';
  label.dir = 'ltr';
  return label;
}

/** A hit's section label and excerpt, both escaped by paragraph-hits.ts with our own `<mark>`s only. */
export function fillHit(element: HTMLElement, hit: ParagraphHit): HTMLElement {
  if (hit.section) element.insertAdjacentHTML('beforeend', `<span class="section">${hit.section}</span>`);
  element.insertAdjacentHTML('beforeend', `<span class="excerpt">${hit.excerpt}</span>`);
  return element;
}

/** One article on the search page: headline link, date, its best paragraphs, the rest behind a button. */
export function renderResult(result: ArticleResult): HTMLLIElement {
  const item = document.createElement('li');
  setLanguage(item, result.lang);
  const kind = resultKind(result);
  if (kind) item.append(kind);
  const link = item.appendChild(document.createElement('h2')).appendChild(document.createElement('a'));
  link.href = headlineUrl(result);
  link.textContent = result.title;
  const time = resultTime(result);
  if (time) Object.assign(item.appendChild(document.createElement('p')), { className: 'meta' }).append(time);
  const list = item.appendChild(document.createElement('ul'));
  for (const [index, hit] of result.hits.entries()) {
    const entry = list.appendChild(document.createElement('li'));
    entry.hidden = index >= HITS_SHOWN;
    entry.append(fillHit(Object.assign(document.createElement('a'), { className: 'hit', href: hitUrl(hit) }), hit));
  }
  const hidden = result.hits.length - HITS_SHOWN;
  if (hidden > 0) {
    const button = Object.assign(item.appendChild(document.createElement('button')), {
      type: 'button',
      className: 'more-hits',
      textContent: `${hidden} more in this article`,
    });
    button.lang = 'en';
    button.addEventListener('click', () => {
      const first = [...list.children].find((child) => (child as HTMLElement).hidden) as HTMLElement | undefined;
      for (const child of list.children) (child as HTMLElement).hidden = false;
      button.remove();
      first?.querySelector('a')?.focus();
    });
  }
  return item;
}
