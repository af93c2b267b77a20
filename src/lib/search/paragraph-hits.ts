import { escapeMarkup } from '../escape';

/** The parts of a Pagefind 1.6 `result.data()` that paragraph hits need. */
export interface Anchor {
  element: string;
  id: string;
  text: string;
  /** Index of the anchor's first word in `content`. */
  location: number;
}

export interface PageData {
  url: string;
  content: string;
  locations: number[];
  anchors: Anchor[];
}

export interface ParagraphHit {
  /** Id of the paragraph (or heading) that holds the hit. */
  id: string;
  /** Page URL with the paragraph's fragment. */
  url: string;
  /** Text of the heading the paragraph sits under (none for a hit in a heading). */
  section: string | undefined;
  /** How many matched words the block holds. */
  matches: number;
  /** The matched words as they stand in the text, without punctuation. */
  words: string[];
  /** Escaped HTML: the paragraph's words around the hit, matches in `<mark>`. */
  excerpt: string;
}

const BLOCK = /^(p|h[1-6])$/;
const HEADING = /^h[1-6]$/;

/**
 * Turn one Pagefind page result into one hit a paragraph, in reading order.
 * Pagefind groups hits under headings only; our paragraphs carry ids, so they
 * are anchors too, and each hit belongs to the last block anchor before it.
 */
export function paragraphHits(data: PageData, excerptWords = 30): ParagraphHit[] {
  const words = data.content.split(/\s+/);
  const blocks = data.anchors.filter((a) => BLOCK.test(a.element)).sort((a, b) => a.location - b.location);
  const byBlock = new Map<number, number[]>();
  for (const location of [...data.locations].sort((a, b) => a - b)) {
    const index = lastAtOrBefore(blocks, location);
    if (index < 0) continue; // A hit before the first anchor has no paragraph to land on.
    byBlock.set(index, [...(byBlock.get(index) ?? []), location]);
  }
  return [...byBlock].map(([index, locations]) => {
    const block = blocks[index]!;
    const end = blocks[index + 1]?.location ?? words.length;
    const section = HEADING.test(block.element)
      ? undefined
      : blocks.slice(0, index).findLast((a) => HEADING.test(a.element))?.text;
    return {
      id: block.id,
      url: `${data.url}#${encodeURIComponent(block.id)}`,
      section,
      matches: locations.length,
      words: locations.map((location) => bareWord(words[location] ?? '')).filter(Boolean),
      excerpt: excerpt(
        HEADING.test(block.element) ? ownWords(words, block, end) : words,
        block.location,
        end,
        locations,
        excerptWords,
      ),
    };
  });
}

/** The hit a result's headline should land on: the block with most matches, first on a tie. */
export function bestHit(hits: readonly ParagraphHit[]): ParagraphHit | undefined {
  return hits.reduce<ParagraphHit | undefined>(
    (best, hit) => (!best || hit.matches > best.matches ? hit : best),
    undefined,
  );
}

function lastAtOrBefore(blocks: Anchor[], location: number): number {
  let found = -1;
  for (const [index, block] of blocks.entries()) {
    if (block.location > location) break;
    found = index;
  }
  return found;
}

/** A window of `size` words of [start, end) around the first hit, hits marked. */
function excerpt(words: string[], start: number, end: number, hits: number[], size: number): string {
  const first = hits[0] ?? start;
  const from = Math.max(start, Math.min(first - Math.floor(size / 3), end - size));
  const to = Math.min(end, from + size);
  const marked = new Set(hits);
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const word = escapeMarkup(words[i] ?? '');
    parts.push(marked.has(i) ? markWord(word) : word);
  }
  return (from > start ? '… ' : '') + parts.join(' ') + (to < end ? ' …' : '');
}

/** `“Moscow,”` → `“<mark>Moscow</mark>,”`: the mark covers the word, not its punctuation. */
function markWord(word: string): string {
  const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word) ?? [];
  return core ? `${before}<mark>${core}</mark>${after}` : `<mark>${word}</mark>`;
}

/**
 * The page's words with a heading's range written as the heading itself:
 * Pagefind closes a heading with a full stop in its content ("Section one.").
 */
function ownWords(words: string[], block: Anchor, end: number): string[] {
  const own = block.text.split(/\s+/).filter(Boolean);
  if (own.length !== end - block.location) return words;
  return [...words.slice(0, block.location), ...own, ...words.slice(end)];
}

/** A word without the punctuation around it (`“Moscow,”` → `Moscow`). */
function bareWord(word: string): string {
  return word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}
