/** Words a minute for news prose, a common middle of reading-speed studies. */
const WORDS_PER_MINUTE = 230;
/** Characters a minute for scripts written without spaces (Chinese, Japanese). */
const CHARS_PER_MINUTE = 500;

/** Whole minutes to read `text` (at least 1). */
export function readingMinutes(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const cjk = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? [];
  const minutes = (words.length - countCjkRuns(words)) / WORDS_PER_MINUTE + cjk.length / CHARS_PER_MINUTE;
  return Math.max(1, Math.ceil(minutes));
}

function countCjkRuns(words: string[]): number {
  return words.filter((word) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(word)).length;
}
