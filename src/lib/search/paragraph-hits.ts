import { escapeMarkup } from '../escape';
import { excerpt } from './excerpt';
import { termOf } from './query-terms';
import { compareRanks, rankOf, type Match, type Rank } from './rank-hits';

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
  /** Escaped HTML: the heading the paragraph sits under, its matched words in `<mark>` (none for a heading's own hit). */
  section: string | undefined;
  /** How the paragraph ranks for the query. */
  rank: Rank;
  /** The matched words as they stand in the text, without punctuation. */
  words: string[];
  /** Escaped HTML: the paragraph's words around its matches, each in `<mark>`. */
  excerpt: string;
}

const BLOCK = /^(p|h[1-6])$/;
const HEADING = /^h([1-6])$/;

/**
 * One Pagefind page result as hits a paragraph, the best first (rank-hits.ts).
 * Pagefind groups matches under headings only; our paragraphs carry ids, so
 * they are anchors too, and each match belongs to the last block before it.
 * A heading that matches labels the paragraphs of its section instead of
 * being a hit of its own, unless none of them matches.
 */
export function paragraphHits(data: PageData, queryWords: readonly string[], excerptWords = 30): ParagraphHit[] {
  const words = data.content.split(/\s+/);
  const blocks = data.anchors.filter((a) => BLOCK.test(a.element)).sort((a, b) => a.location - b.location);
  const byBlock = new Map<number, Match[]>();
  for (const location of [...data.locations].sort((a, b) => a - b)) {
    const index = lastAtOrBefore(blocks, location);
    if (index < 0) continue; // A match before the first anchor has no paragraph to land on.
    const match = { location, term: termOf(bareWord(words[location] ?? ''), queryWords) };
    byBlock.set(index, [...(byBlock.get(index) ?? []), match]);
  }
  const sectionOf = (index: number) => blocks.slice(0, index).findLastIndex((a) => HEADING.test(a.element));
  const paragraphsHit = [...byBlock.keys()].filter((index) => !HEADING.test(blocks[index]!.element));
  const folds = (heading: number) =>
    paragraphsHit.some((index) => index > heading && index < sectionEnd(blocks, heading));
  const hits: ParagraphHit[] = [];
  for (const [index, matches] of byBlock) {
    const block = blocks[index]!;
    const heading = HEADING.test(block.element);
    if (heading && folds(index)) continue;
    const end = blocks[index + 1]?.location ?? words.length;
    const section = heading ? -1 : sectionOf(index);
    hits.push({
      id: block.id,
      url: `${data.url}#${encodeURIComponent(block.id)}`,
      section: section < 0 ? undefined : sectionLabel(blocks, section, words, byBlock.get(section) ?? []),
      rank: rankOf(matches, queryWords.length, block.location),
      words: matches.map((match) => bareWord(words[match.location] ?? '')).filter(Boolean),
      excerpt: excerpt(heading ? ownWords(words, block, end) : words, block.location, end, matches, excerptWords),
    });
  }
  return hits.sort((a, b) => compareRanks(a.rank, b.rank));
}

/** A heading as written, its matched words marked (Pagefind's content holds it with a full stop added). */
function sectionLabel(blocks: Anchor[], index: number, words: string[], matches: Match[]): string {
  const heading = blocks[index]!;
  const own = heading.text.split(/\s+/).filter(Boolean);
  if (matches.length === 0) return escapeMarkup(heading.text);
  const end = heading.location + own.length;
  return excerpt(ownWords(words, heading, end), heading.location, end, matches, own.length);
}

/** The block after a heading's section: the next heading of its level or above. */
function sectionEnd(blocks: Anchor[], heading: number): number {
  const level = Number(HEADING.exec(blocks[heading]!.element)![1]);
  const next = blocks.findIndex(
    (block, index) => index > heading && Number(HEADING.exec(block.element)?.[1] ?? 7) <= level,
  );
  return next < 0 ? blocks.length : next;
}

function lastAtOrBefore(blocks: Anchor[], location: number): number {
  let found = -1;
  for (const [index, block] of blocks.entries()) {
    if (block.location > location) break;
    found = index;
  }
  return found;
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
