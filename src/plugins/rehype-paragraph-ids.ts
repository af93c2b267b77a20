import { slug } from 'github-slugger';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { assignIds, type RecordEntry } from '../lib/content/paragraph-match.ts';

export interface Options {
  /** Words of the paragraph that make a new id (default: `5`). */
  words?: number;
  /** Longest new id before the extra words a clash may need (default: `48`). */
  maxLength?: number;
  /** Id for a paragraph with no letters or digits (default: `'paragraph'`). */
  fallback?: string;
  /**
   * The ids published before, by the Markdown file's path: read before ids
   * are given, written after (default: none; every paragraph gets a new id).
   */
  record?: { load(path: string): RecordEntry[]; save(path: string, entries: RecordEntry[]): void } | undefined;
}

/**
 * Give every `<p>` an id that stays: the id the record published for it, if
 * it is recognisably the same paragraph (src/lib/content/paragraph-match.ts),
 * else a readable one made of its own first words
 * (`chinese-defense-minister-li-shangfu`) that nothing published holds. An id
 * whose paragraph is gone is kept as an empty `<span class="old-id">` at the
 * start of the paragraph it points to, so its links still land there.
 */
export default function rehypeParagraphIds(options: Options = {}) {
  const words = options.words ?? 5;
  const maxLength = options.maxLength ?? 48;
  const fallback = options.fallback ?? 'paragraph';

  return function (tree: Root, file: VFile) {
    const path = file.path as string | undefined;
    const previous = path && options.record ? options.record.load(path) : [];
    const recorded = new Set(previous.map((entry) => entry.id));
    const reserved = new Set<string>();
    const paragraphs: Element[] = [];
    const texts: string[] = [];
    visit(tree, 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id === 'string' && id) {
        // A new subhead's slug may equal a published paragraph id: the paragraph keeps it.
        let own = id;
        for (let n = 1; recorded.has(own) || reserved.has(own); n++) own = `${id}-${n}`;
        node.properties['id'] = own;
        reserved.add(own);
      }
      // A paragraph left empty (say, by the sanitizer) has nothing to link to.
      else if (node.tagName === 'p') {
        const text = toString(node).trim();
        if (text) {
          paragraphs.push(node);
          texts.push(text);
        }
      }
    });

    const { ids, record } = assignIds(texts, previous, reserved, (text, taken) =>
      freshId(text, taken, words, maxLength, fallback),
    );
    const byId = new Map<string, Element>();
    for (const [index, node] of paragraphs.entries()) {
      node.properties['id'] = ids[index]!;
      byId.set(ids[index]!, node);
    }
    for (const entry of record.toReversed()) {
      if (!entry.at) continue;
      const oldId: Element = {
        type: 'element',
        tagName: 'span',
        properties: { id: entry.id, className: ['old-id'] },
        children: [],
      };
      byId.get(entry.at)?.children.unshift(oldId);
    }
    const same = (a: RecordEntry, b: RecordEntry | undefined) => a.id === b?.id && a.text === b.text && a.at === b.at;
    const changed = record.length !== previous.length || record.some((entry, index) => !same(entry, previous[index]));
    if (path && options.record && changed) options.record.save(path, record);
  };
}

/** A new id from the paragraph's first words, longer by a word at a time while taken, then numbered. */
function freshId(text: string, taken: Set<string>, words: number, maxLength: number, fallback: string): string {
  const candidates = prefixes(slug(text).split('-').filter(Boolean), words, maxLength);
  if (candidates.length === 0) candidates.push(fallback);
  const free = candidates.find((candidate) => !taken.has(candidate));
  if (free) return free;
  const stem = candidates.at(-1)!;
  let n = 2;
  while (taken.has(`${stem}-${n}`)) n++;
  return `${stem}-${n}`;
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
