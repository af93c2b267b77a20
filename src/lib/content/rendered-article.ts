import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { articleTerms } from './article-terms.ts';
import { readingMinutes } from './reading-time.ts';

const HEADING = /^h[1-6]$/;

/** What the content checks ask of an article once rendered. */
export interface RenderedArticle {
  /** Any text outside its headings: what a reader would find under the headline. */
  hasText: boolean;
  /** Every id in its body: paragraphs', headings', and the old ids kept for published links. */
  ids: string[];
  /** Minutes to read its text (reading-time.ts). */
  minutes: number;
  /** Its most used words, for related reading (article-terms.ts). */
  terms: Record<string, number>;
}

/**
 * Read an article's rendered (sanitized) tree, as the last of its rehype
 * plugins sees it: raw HTML the sanitizer removed counts for nothing.
 */
export function inspectRendered(tree: Root): RenderedArticle {
  const ids: string[] = [];
  let hasText = false;
  visit(tree, (node) => {
    if (node.type === 'element') {
      const id = (node as Element).properties['id'];
      if (typeof id === 'string') ids.push(id);
      if (HEADING.test((node as Element).tagName)) return SKIP;
    }
    if (node.type === 'text' && /[\p{L}\p{N}]/u.test(node.value)) hasText = true;
    return undefined;
  });
  const text = toString(tree);
  return { hasText, ids, minutes: readingMinutes(text), terms: articleTerms(text) };
}
