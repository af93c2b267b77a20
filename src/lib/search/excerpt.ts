import { escapeMarkup } from '../escape';
import type { Match } from './rank-hits';

/**
 * Escaped HTML of `size` words of `words[start, end)`: the window holding the
 * most different query words (the earliest such), each match in `<mark>`,
 * `…` where the paragraph goes on.
 */
export function excerpt(
  words: readonly string[],
  start: number,
  end: number,
  matches: readonly Match[],
  size: number,
): string {
  const lead = Math.floor(size / 3);
  let from = start;
  let most = -1;
  for (const { location } of [...matches].sort((a, b) => a.location - b.location)) {
    const candidate = Math.max(start, Math.min(location - lead, end - size));
    const held = new Set(
      matches.filter((m) => m.location >= candidate && m.location < candidate + size).map((m) => m.term),
    ).size;
    if (held > most) [from, most] = [candidate, held];
  }
  const to = Math.min(end, from + size);
  const marked = new Set(matches.map((match) => match.location));
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
