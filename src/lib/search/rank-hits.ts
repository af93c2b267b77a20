/** What ranks one paragraph's matches against another's. */
export interface Match {
  /** Word positions in the page's content. */
  location: number;
  /** Index of the query word it answers (query-terms.ts). */
  term: number;
}

export interface Rank {
  /** How many different query words the paragraph holds. */
  distinct: number;
  /** Whether it holds the query's words side by side, in order. */
  phrase: boolean;
  /** The fewest words from the first to the last of a set holding each of its query words once. */
  span: number;
  /** Where the paragraph starts: reading order breaks a tie. */
  start: number;
}

/** Score a paragraph's matches for a query of `terms` words. */
export function rankOf(matches: readonly Match[], terms: number, start: number): Rank {
  const sorted = [...matches].sort((a, b) => a.location - b.location);
  const distinct = new Set(sorted.map((match) => match.term)).size;
  return { distinct, phrase: terms > 1 && holdsPhrase(sorted, terms), span: shortestSpan(sorted, distinct), start };
}

/** Best first: most query words, then the exact phrase, then the words closest together, then reading order. */
export function compareRanks(a: Rank, b: Rank): number {
  return b.distinct - a.distinct || Number(b.phrase) - Number(a.phrase) || a.span - b.span || a.start - b.start;
}

function holdsPhrase(sorted: readonly Match[], terms: number): boolean {
  const at = new Map(sorted.map((match) => [match.location, match.term]));
  return sorted.some(
    ({ location, term }) =>
      term === 0 && Array.from({ length: terms }, (_, i) => at.get(location + i) === i).every(Boolean),
  );
}

/** The smallest window of locations holding `distinct` different terms (sliding window over sorted matches). */
function shortestSpan(sorted: readonly Match[], distinct: number): number {
  if (sorted.length === 0) return Infinity;
  const counts = new Map<number, number>();
  let best = Infinity;
  let from = 0;
  for (const match of sorted) {
    counts.set(match.term, (counts.get(match.term) ?? 0) + 1);
    while (counts.size === distinct) {
      const first = sorted[from]!;
      best = Math.min(best, match.location - first.location + 1);
      const left = counts.get(first.term)! - 1;
      if (left === 0) counts.delete(first.term);
      else counts.set(first.term, left);
      from++;
    }
  }
  return best;
}
