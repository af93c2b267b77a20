// Shares no module with the search scripts on purpose: a shared module would
// be split into its own file and cost the article page a request.
import { fragmentId } from './fragment';

const HIGHLIGHT_PARAM = 'highlight';

/** The words to mark, from the page's URL search string (`?highlight=moscow+conference`). */
export function highlightWords(search: string): string[] {
  const value = new URLSearchParams(search).get(HIGHLIGHT_PARAM) ?? '';
  return [...new Set(value.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, 20);
}

/**
 * Marks the words a search matched in the paragraph a result linked to
 * (`?highlight=…#paragraph-id`), with the CSS Custom Highlight API: no markup
 * is changed, so the text stays exactly as written. Does nothing (and loads
 * nothing) when the URL carries no such query.
 */
export function highlightOnArrival(): void {
  const words = highlightWords(location.search);
  if (words.length === 0 || !('highlights' in CSS)) return;
  const target = document.getElementById(fragmentId(location.hash));
  // An old id (an empty mark at the start of its paragraph) means that paragraph.
  const scope =
    (target?.classList.contains('old-id') ? target.parentElement : target) ?? document.querySelector('.prose');
  if (!scope) return;
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('a.permalink') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.textContent!.matchAll(pattern)) {
      const range = new Range();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      ranges.push(range);
    }
  }
  CSS.highlights.set('search-hit', new Highlight(...ranges));
  // The words were for this arrival only: keep the shared address clean.
  const url = new URL(location.href);
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url);
}
