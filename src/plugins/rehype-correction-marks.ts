import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface Options {
  /** Visible text of the mark (default: `'Corrected'`). */
  label?: string;
}

interface Correction {
  paragraph?: unknown;
}

/**
 * Mark each paragraph a correction concerns (front matter `corrections`,
 * `paragraph: <id>`, a current or a recorded id) with a link to that
 * correction (`#correction-<n>`, the article's corrections list). The
 * content checks fail the build on an id no paragraph holds.
 */
export default function rehypeCorrectionMarks(options: Options = {}) {
  const label = options.label ?? 'Corrected';
  return function (tree: Root, file: VFile) {
    const frontmatter = (file.data as { astro?: { frontmatter?: { corrections?: unknown } } }).astro?.frontmatter;
    const corrections = Array.isArray(frontmatter?.corrections) ? (frontmatter.corrections as Correction[]) : [];
    if (corrections.length === 0) return;
    const paragraphOf = new Map<string, Element>();
    visit(tree, 'element', (node, _index, parent) => {
      const id = node.properties['id'];
      if (typeof id !== 'string') return;
      if (node.tagName === 'p') paragraphOf.set(id, node);
      // An old id lives at the start of the paragraph it points to.
      else if (parent?.type === 'element' && parent.tagName === 'p') paragraphOf.set(id, parent);
    });
    for (const [index, correction] of corrections.entries()) {
      const paragraph = typeof correction.paragraph === 'string' ? paragraphOf.get(correction.paragraph) : undefined;
      if (!paragraph) continue;
      paragraph.children.push(
        { type: 'text', value: ' ' },
        {
          type: 'element',
          tagName: 'a',
          properties: { className: ['correction-mark'], href: `#correction-${index + 1}`, dataPagefindIgnore: '' },
          children: [{ type: 'text', value: label }],
        },
      );
    }
  };
}
