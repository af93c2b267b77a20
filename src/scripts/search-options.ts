import { withBase, searchPath } from '../lib/paths';
import { hitUrl } from '../lib/search/result-url';
import { setLanguage } from './search-client';
import type { SearchState } from './search-controller';
import { fillHit, headlineUrl, HITS_SHOWN, resultKind, resultTime } from './search-result';
import { count, seeAllLabel } from './search-text';

/**
 * The header box's list of results: every result is a real link (`<a
 * role="option" href>`), so a reader can open it in a new tab or copy its
 * address, grouped by article. An article's headline option names its group
 * and lands on its best paragraph; then its best paragraphs; the list ends
 * with the search page for the whole count.
 */
export function renderOptions(list: HTMLElement, state: SearchState, base: string, articles: number): void {
  let n = 0;
  const option = (href: string, className: string) =>
    Object.assign(document.createElement('a'), { href, className, id: `${list.id}-${n++}`, tabIndex: -1 });
  const searchPage = (query: string) => withBase(base, searchPath(query));
  const groups = state.results.slice(0, articles).map((result) => {
    const group = document.createElement('div');
    group.setAttribute('role', 'group');
    setLanguage(group, result.lang);
    const headline = group.appendChild(option(headlineUrl(result), 'headline'));
    const kind = resultKind(result);
    if (kind) headline.append(kind, ' ');
    headline.append(result.title);
    const time = resultTime(result);
    if (time) headline.append(' · ', time);
    group.setAttribute('aria-labelledby', headline.id);
    for (const hit of result.hits.slice(0, HITS_SHOWN)) group.append(fillHit(option(hitUrl(hit), 'hit'), hit));
    const others = result.hits.length - HITS_SHOWN;
    if (others > 0)
      group.append(
        Object.assign(option(searchPage(state.query), 'more'), {
          textContent: `${count(others, 'more paragraph')} in this article`,
        }),
      );
    return group;
  });
  const last = state.instead
    ? Object.assign(option(searchPage(state.instead), 'see-all'), {
        textContent: `Search for “${state.instead}” instead`,
      })
    : Object.assign(option(searchPage(state.query), 'see-all'), {
        textContent: seeAllLabel(state.query, state, Math.min(articles, state.results.length)),
      });
  list.replaceChildren(...groups, ...(state.phase === 'results' ? [last] : []));
  for (const element of list.querySelectorAll('a')) {
    element.setAttribute('role', 'option');
    element.setAttribute('aria-selected', 'false');
  }
}
