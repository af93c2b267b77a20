/** A word folded for comparison: lower case, accents off (`Café` → `cafe`). */
export function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Which query word a word of the text answers. Pagefind matches stems and,
 * for the word being typed, prefixes (`milit` finds `military`; `military`
 * finds `militaries`), and tells only where a match is, not for which word:
 * the query word sharing the longest start with it (or contained in it, for
 * scripts written without spaces) is the one. `-1` for an empty query.
 */
export function termOf(word: string, terms: readonly string[]): number {
  const folded = fold(word);
  let best = -1;
  let bestLength = -1;
  for (const [index, raw] of terms.entries()) {
    const term = fold(raw);
    const length = folded.includes(term) ? term.length + 1000 : sharedStart(folded, term);
    if (length > bestLength) [best, bestLength] = [index, length];
  }
  return best;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}
