/** Scripts whose words a Latin-script stemmer cannot stem, and the languages written in them. */
const SCRIPTS: [RegExp, string[]][] = [
  [/\p{Script=Arabic}/u, ['ar', 'fa', 'ur']],
  [/\p{Script=Cyrillic}/u, ['ru', 'uk', 'be', 'bg', 'sr', 'mk', 'kk']],
  [/\p{Script=Greek}/u, ['el']],
  [/\p{Script=Hebrew}/u, ['he', 'yi']],
  [/\p{Script=Devanagari}/u, ['hi', 'mr', 'ne']],
  [/\p{Script=Han}/u, ['zh', 'ja']],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, ['ja']],
  [/\p{Script=Hangul}/u, ['ko']],
  [/\p{Script=Thai}/u, ['th']],
];

/**
 * Which of the site's indexes should read a query. Pagefind stems a query
 * with its primary index's language, also for the indexes merged into it, so
 * an Arabic word searched from an English page is never stemmed and misses
 * "القاهرة" when the index holds its stem. A query in a script of one of the
 * site's languages goes to that language; anything else to the page's own.
 */
export function queryLanguage(query: string, languages: string[], own: string): string {
  for (const [script, candidates] of SCRIPTS) {
    if (!script.test(query)) continue;
    const match = candidates.find((language) => languages.includes(language));
    if (match) return match;
  }
  return own;
}
