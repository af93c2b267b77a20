import { formatDay } from '../lib/format-date';
import type { ArticleResult } from './search-client';

/** What the live region says about a search: the same words on every search surface. */
export function resultsMessage(query: string, results: ArticleResult[]): string {
  if (results.length === 0) return `No results for “${query}”. Try fewer or different words, or check the spelling.`;
  const hits = results.reduce((sum, result) => sum + Math.max(1, result.hits.length), 0);
  return `${count(hits, 'result')} in ${count(results.length, 'article')} for “${query}”.`;
}

/** What the live region says after a bundle has answered: the count, and whether older articles are still being searched. */
export function roundMessage(query: string, results: ArticleResult[], more: boolean): string {
  if (!more) return resultsMessage(query, results);
  if (results.length === 0) return `Searching older articles for “${query}”…`;
  return `${resultsMessage(query, results).slice(0, -1)} so far; searching older articles…`;
}

export const MESSAGES = {
  empty: 'Type a few words to search every article.',
  tooShort: 'Keep typing: search needs at least two letters.',
  loading: 'Searching…',
  failed: 'Search is unavailable right now: the search index could not be loaded. Check your connection and try again.',
};

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A result's `YYYY-MM-DD` as the article pages print it. */
export function formatResultDay(day: string | undefined): string {
  return day ? formatDay(new Date(day)) : '';
}

/** Run `task` and call `slow` only if it has not settled after `ms` (no flash of a loading state). */
export async function withSlowNotice<T>(task: Promise<T>, slow: () => void, ms = 200): Promise<T> {
  const timer = setTimeout(slow, ms);
  try {
    return await task;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The query in a search box, trimmed. A pasted lone surrogate becomes U+FFFD:
 * left as it is, it makes `encodeURIComponent` throw when the query goes into a link.
 */
export function readQuery(input: HTMLInputElement): string {
  return input.value.toWellFormed().trim();
}
