/**
 * Words too common in English news to tell one story from another; shorter
 * words are never counted. Other languages need no list: a word in most of
 * the collection weighs next to nothing in related-articles.ts anyway.
 */
const COMMON = new Set(
  'about above after again against also among another because been before being below between both came come could during each even every first from further have having here into itself just last like made make many more most much must never only other over said same says should since some such than that their them then there these they this those through under until very were what when where which while will with within without would year years your'.split(
    ' ',
  ),
);

/** A word as related reading counts it: letters and digits, at least four, not only digits. */
const WORD = /[\p{L}\p{M}\p{N}]{4,}/gu;
const DIGITS = /^\p{N}+$/u;

/**
 * The words an article uses most, with how often, for related reading: at
 * most `limit`, most frequent first (ties alphabetical). Case is folded.
 */
export function articleTerms(text: string, limit = 40): Record<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(WORD) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  for (const word of counts.keys()) if (COMMON.has(word) || DIGITS.test(word)) counts.delete(word);
  const top = [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0)).slice(0, limit);
  return Object.fromEntries(top);
}
