import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface Options {
  /** Visible text of the link (default: `'¶'`). */
  symbol?: string;
  /** Words of the paragraph quoted in the link's accessible name (default: `6`). */
  words?: number;
}

/**
 * Append a permalink (`<a href="#id">¶</a>`) to every paragraph that has an
 * id, so a reader can share one paragraph without JavaScript. The link is
 * kept out of the search index and named after the paragraph it points at.
 */
export default function rehypeParagraphPermalinks(options: Options = {}) {
  const symbol = options.symbol ?? '¶';
  const words = options.words ?? 6;

  return function (tree: Root) {
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (node.tagName !== 'p' || typeof id !== 'string' || !id) return;
      const text = toString(node).trim().split(/\s+/);
      const quote = text.slice(0, words).join(' ') + (text.length > words ? '…' : '');
      const link: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['permalink'],
          href: `#${id}`,
          ariaLabel: `Link to paragraph: ${quote}`,
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: symbol }],
      };
      node.children.push({ type: 'text', value: ' ' }, link);
    });
  };
}
