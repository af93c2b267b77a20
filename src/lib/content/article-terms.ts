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

/** A word as related reading counts it: letters, marks and digits, at least four, not only digits. */
const MIN_LENGTH = 4;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const DIGITS = /^\p{N}+$/u;

/**
 * The words an article uses most, with how often, for related reading: at
 * most `limit`, most frequent first (ties alphabetical). Case is folded.
 */
export function articleTerms(text: string, limit = 40): Record<string, number> {
  // 0 marks a word seen but never counted (too common, or only digits): each is checked once.
  const counts = new Map<string, number>();
  for (const word of words(text.toLowerCase())) {
    const seen = counts.get(word);
    if (seen === undefined) counts.set(word, COMMON.has(word) || DIGITS.test(word) ? 0 : 1);
    else if (seen > 0) counts.set(word, seen + 1);
  }
  const kept: [string, number][] = [];
  for (const entry of counts) if (entry[1] > 0) kept.push(entry);
  kept.sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(kept.slice(0, limit));
}

/**
 * The runs of `MIN_LENGTH` or more letters, marks and digits in `text`, as
 * `/[\p{L}\p{M}\p{N}]{4,}/gu` matches them (lengths in code points), at
 * twice its speed: the build reads every article's words, and most of them
 * are ASCII, which needs no Unicode lookup.
 */
export function words(text: string): string[] {
  const found: string[] = [];
  let start = -1;
  let length = 0;
  for (let at = 0; at < text.length; at++) {
    const unit = text.charCodeAt(at);
    const code = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(at)! : unit;
    const inWord = code < 128 ? isAsciiWordCharacter(code) : isWordCharacter(code);
    if (inWord) {
      if (start < 0) {
        start = at;
        length = 0;
      }
      length++;
    } else if (start >= 0) {
      if (length >= MIN_LENGTH) found.push(text.slice(start, at));
      start = -1;
    }
    if (code > 0xffff) at++;
  }
  if (start >= 0 && length >= MIN_LENGTH) found.push(text.slice(start));
  return found;
}

function isAsciiWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

const nonAscii = new Map<number, boolean>();
function isWordCharacter(code: number): boolean {
  let known = nonAscii.get(code);
  if (known === undefined) nonAscii.set(code, (known = WORD_CHARACTER.test(String.fromCodePoint(code))));
  return known;
}
