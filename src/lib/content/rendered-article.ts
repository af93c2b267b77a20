import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';

const HEADING = /^h[1-6]$/;

/** What the content checks ask of an article once rendered. */
export interface RenderedArticle {
  /** Any text outside its headings: what a reader would find under the headline. */
  hasText: boolean;
  /** Every id in its body: paragraphs', headings', and the old ids kept for published links. */
  ids: Set<string>;
}

/**
 * Read an article's rendered (sanitized) HTML, the HTML the build already
 * made, so raw HTML the sanitizer removed counts for nothing and the
 * Markdown is not parsed a second time.
 */
export function inspectRendered(html: string): RenderedArticle {
  const tree: Root = fromHtml(html, { fragment: true });
  const ids = new Set<string>();
  let hasText = false;
  visit(tree, (node) => {
    if (node.type === 'element') {
      const id = (node as Element).properties['id'];
      if (typeof id === 'string') ids.add(id);
      if (HEADING.test((node as Element).tagName)) return SKIP;
    }
    if (node.type === 'text' && /[\p{L}\p{N}]/u.test(node.value)) hasText = true;
    return undefined;
  });
  return { hasText, ids };
}
