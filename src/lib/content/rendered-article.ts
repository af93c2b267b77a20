import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';

const HEADING = /^h[1-6]$/;

/**
 * Whether an article's rendered (sanitized) HTML holds any text outside its
 * headings: what a reader would find under the headline. Read from the HTML
 * the build already rendered, so raw HTML the sanitizer removed counts for
 * nothing, and the Markdown is not parsed a second time.
 */
export function hasBodyText(html: string): boolean {
  const tree: Root = fromHtml(html, { fragment: true });
  let found = false;
  visit(tree, (node) => {
    if (found) return SKIP;
    if (node.type === 'element' && HEADING.test((node as Element).tagName)) return SKIP;
    if (node.type === 'text' && /[\p{L}\p{N}]/u.test(node.value)) found = true;
    return undefined;
  });
  return found;
}
