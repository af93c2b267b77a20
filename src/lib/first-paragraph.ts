import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';

/**
 * The text of the first paragraph of an article's rendered (sanitized) HTML,
 * as the page shows it: markup resolved, the `¶` permalink left out, white
 * space collapsed. Used where an article has no standfirst (feed items).
 */
export function firstParagraphText(html: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  let found: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName !== 'p' || !toString(node).trim()) return CONTINUE;
    found = node;
    return EXIT;
  });
  if (!found) return '';
  const paragraph: Element = { ...found, children: found.children.filter((child) => !isPermalink(child)) };
  return toString(paragraph).replace(/\s+/g, ' ').trim();
}

/** The `¶` permalink and a correction's mark: links about the paragraph, not its words. */
function isPermalink(node: Element['children'][number]): boolean {
  const classes = node.type === 'element' ? node.properties['className'] : undefined;
  return Array.isArray(classes) && (classes.includes('permalink') || classes.includes('correction-mark'));
}
