/** Scripts other than Latin that Pagefind's languages are written in. */
const SCRIPTS: [name: string, pattern: RegExp, languages: string[]][] = [
  ['Arabic', /\p{Script=Arabic}/u, ['ar', 'fa', 'ur']],
  ['Cyrillic', /\p{Script=Cyrillic}/u, ['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk']],
  ['Greek', /\p{Script=Greek}/u, ['el']],
  ['Hebrew', /\p{Script=Hebrew}/u, ['he', 'yi']],
  ['Devanagari', /\p{Script=Devanagari}/u, ['hi', 'mr', 'ne']],
  ['Han', /\p{Script=Han}/u, ['zh', 'ja']],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u, ['ja']],
  ['Hangul', /\p{Script=Hangul}/u, ['ko']],
  ['Thai', /\p{Script=Thai}/u, ['th']],
];

/** The script a language is written in (`Latin` for any language not listed above). */
export function scriptOf(language: string): string {
  return SCRIPTS.find(([, , languages]) => languages.includes(language))?.[0] ?? 'Latin';
}

/** The script of a query: the first non-Latin script it uses, else `Latin`. */
function queryScript(query: string): string {
  return SCRIPTS.find(([, pattern]) => pattern.test(query))?.[0] ?? 'Latin';
}

/**
 * Which of the site's indexes should read a query. Pagefind stems a query
 * with its primary index's language, also for the indexes merged into it, so
 * an Arabic word searched from an English page is never stemmed and misses
 * "القاهرة" when the index holds its stem. The query goes to a language of
 * its own script, the page's own when it qualifies; with none, the page's.
 */
export function queryLanguage(query: string, languages: string[], own: string): string {
  const script = queryScript(query);
  const candidates = languages.filter((language) => scriptOf(language) === script);
  return candidates.includes(own) ? own : (candidates[0] ?? own);
}

/**
 * The site's other languages to merge into an instance for `language`: those
 * in the same script. Words of another script could not match a query in this
 * one, and each merged language costs its index's metadata and chunks.
 */
export function mergedLanguages(language: string, languages: string[]): string[] {
  return languages.filter((other) => other !== language && scriptOf(other) === scriptOf(language));
}

/**
 * The words of a query that each must be in a result. Pagefind drops a word
 * its index does not hold and answers for the rest, so "security xyzzy"
 * would list every article on security; a per-word check needs the words.
 * Quotes and other punctuation at a word's edges are not part of it.
 */
export function queryWords(query: string): string[] {
  const words = query
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter(Boolean);
  return [...new Set(words)];
}
