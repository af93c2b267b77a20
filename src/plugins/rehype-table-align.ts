import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface Options {
  /** Class prefix; `right` alignment becomes `${prefix}right` (default: `'align-'`). */
  prefix?: string;
}

/**
 * Turn the `align` attribute Markdown tables put on cells (`| --: |`) into a
 * class: `align` is obsolete HTML, and an inline `style` would break the
 * Content-Security-Policy. The stylesheet aligns `.align-left/center/right`.
 */
export default function rehypeTableAlign(options: Options = {}) {
  const prefix = options.prefix ?? 'align-';
  return function (tree: Root) {
    visit(tree, 'element', (node) => {
      const align = node.properties['align'];
      if ((node.tagName !== 'td' && node.tagName !== 'th') || typeof align !== 'string') return;
      delete node.properties['align'];
      if (!['left', 'center', 'right'].includes(align)) return;
      const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
      node.properties['className'] = [...classes, `${prefix}${align}`];
    });
  };
}
