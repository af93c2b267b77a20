import type { ParagraphHit } from './paragraph-hits';

/** Query parameter that carries the matched words to the article page (read by `highlight-on-arrival.ts`). */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * The link to a hit: the paragraph's URL (already under the site's base path,
 * as Pagefind's `baseUrl` makes it), with the matched words in `?highlight=`
 * so the article page can mark them on arrival.
 */
export function hitUrl(hit: Pick<ParagraphHit, 'url' | 'words'>): string {
  const [path = '', fragment] = hit.url.split('#');
  const words = [...new Set(hit.words.map((word) => word.toLowerCase()))].join(' ');
  const query = words ? `?${HIGHLIGHT_PARAM}=${encodeURIComponent(words)}` : '';
  return `${path}${query}${fragment ? `#${fragment}` : ''}`;
}
