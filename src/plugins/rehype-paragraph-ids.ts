import { slug } from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

export interface Options {
  /** Words of the paragraph that make its id (default: `5`). */
  words?: number;
  /** Longest id before the extra words a clash may need (default: `48`). */
  maxLength?: number;
  /** Id for a paragraph with no letters or digits (default: `'paragraph'`). */
  fallback?: string;
}

/**
 * Give every `<p>` a readable id made of its own first words
 * (`chinese-defense-minister-li-shangfu`), so a link to it survives edits to
 * other paragraphs. Ids already in the tree (headings) are reserved first;
 * a paragraph whose short id is taken grows by more of its own words, and
 * only a paragraph that runs out of words gets a numeric suffix.
 */
export default function rehypeParagraphIds(options: Options = {}) {
  const words = options.words ?? 5;
  const maxLength = options.maxLength ?? 48;
  const fallback = options.fallback ?? 'paragraph';

  return function (tree: Root) {
    const taken = new Set<string>();
    const paragraphs: Element[] = [];
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id === 'string' && id) taken.add(id);
      // A paragraph left empty (say, by the sanitizer) has nothing to link to.
      else if (node.tagName === 'p' && toString(node).trim()) paragraphs.push(node);
    });

    for (const node of paragraphs) {
      const parts = slug(toString(node)).split('-').filter(Boolean);
      const candidates = prefixes(parts, words, maxLength);
      if (candidates.length === 0) candidates.push(fallback);
      let id = candidates.find((candidate) => !taken.has(candidate));
      if (!id) {
        const stem = candidates.at(-1)!;
        let n = 2;
        while (taken.has(`${stem}-${n}`)) n++;
        id = `${stem}-${n}`;
      }
      taken.add(id);
      node.properties['id'] = id;
    }
  };
}

/** The short id, then ever longer ones, each adding one more word. */
function prefixes(parts: string[], words: number, maxLength: number): string[] {
  const result: string[] = [];
  let id = '';
  for (const [index, part] of parts.entries()) {
    // Scripts without spaces (Chinese, Japanese) make one long "word": cut it.
    const word = [...part].slice(0, 24).join('');
    id = id ? `${id}-${word}` : word;
    if (index + 1 >= words || id.length >= maxLength) result.push(id);
    if (result.length > 12) break;
  }
  if (result.length === 0 && id) result.push(id);
  return result;
}
