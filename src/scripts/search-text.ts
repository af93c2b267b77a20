import { formatDay } from '../lib/format-date';
import { queryWords } from '../lib/search/query-language';

/** What the live region says about a search: the same words on every search surface. */
export const MESSAGES = {
  empty: 'Type a few words to search every article.',
  tooShort: 'Keep typing: search needs at least two letters.',
  loading: 'Searching…',
  failed: 'Search is unavailable right now: the search index could not be loaded. Check your connection and try again.',
};

export interface Count {
  total: number;
  /** An older bundle is still unread. */
  more: boolean;
  /** No more answers are coming (a surface may stop before the archive). */
  final: boolean;
  /** Query words no article mentions. */
  missing: string[];
}

/** The status after a bundle has answered: the true count, and what is still being searched. */
export function countMessage(query: string, { total, more, final, missing }: Count): string {
  const q = `“${query}”`;
  if (total === 0 && more && !final) return `Searching older articles for ${q}…`;
  if (total === 0) return noResults(query, missing, queryWords(query));
  if (more && !final) return `${count(total, 'article')} for ${q} so far; searching older articles…`;
  if (more) return `${count(total, 'recent article')} for ${q}.`;
  return `${count(total, 'article')} for ${q}.`;
}

/** Nothing found: the words that found nothing, when only some did; or that no article holds them all. */
function noResults(query: string, missing: string[], words: string[]): string {
  if (missing.length === 0) return `No article holds all of “${query}”. Try fewer or different words.`;
  if (missing.length >= words.length) return `No results for “${query}”. Check the spelling, or try other words.`;
  return `No article mentions ${missing.map((word) => `“${word}”`).join(' or ')}. Check the spelling, or try other words.`;
}

/** The query without the words that found nothing, to offer instead; `undefined` when nothing would be left. */
export function withoutMissing(query: string, missing: string[]): string | undefined {
  if (missing.length === 0) return undefined;
  const kept = query
    .split(/\s+/)
    .filter((word) => !missing.includes(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase()));
  return kept.length ? kept.join(' ') : undefined;
}

/** The link to the search page's full results: counted when the count is whole and more than the box shows. */
export function seeAllLabel(query: string, { total, more }: Pick<Count, 'total' | 'more'>, shown: number): string {
  if (more) return `See all results for “${query}”, the archive’s too`;
  if (total <= shown) return `Open the search page for “${query}”`;
  return `See all ${count(total, 'result')} for “${query}”`;
}

export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en')} ${noun}${n === 1 ? '' : 's'}`;
}

/** A result's `YYYY-MM-DD` as its article page prints it, in the article's language. */
export function formatResultDay(day: string | undefined, lang: string | undefined): string {
  return day ? formatDay(new Date(day), lang) : '';
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
