import { describe, expect, it } from 'vitest';
import { compareRanks, rankOf, type Match } from '../../../src/lib/search/rank-hits';

const matches = (...pairs: [location: number, term: number][]): Match[] =>
  pairs.map(([location, term]) => ({ location, term }));

describe('rankOf', () => {
  it('counts the different query words a paragraph holds', () => {
    expect(rankOf(matches([3, 0], [9, 0], [12, 1]), 2, 0)).toMatchObject({ distinct: 2, span: 4 });
  });

  it('finds the exact phrase: the words side by side, in the query’s order', () => {
    expect(rankOf(matches([5, 0], [6, 1]), 2, 0).phrase).toBe(true);
    expect(rankOf(matches([5, 1], [6, 0]), 2, 0).phrase).toBe(false);
    expect(rankOf(matches([5, 0], [7, 1]), 2, 0).phrase).toBe(false);
    expect(rankOf(matches([5, 0]), 1, 0).phrase).toBe(false);
  });

  it('measures the shortest stretch holding each word once', () => {
    expect(rankOf(matches([0, 0], [20, 1], [30, 0], [31, 1]), 2, 0).span).toBe(2);
  });
});

describe('compareRanks', () => {
  const rank = (distinct: number, phrase: boolean, span: number, start: number) => ({ distinct, phrase, span, start });

  it('ranks by words held, then the phrase, then closeness, then reading order', () => {
    const ranked = [
      rank(1, false, 1, 0),
      rank(2, false, 9, 50),
      rank(2, true, 2, 90),
      rank(2, false, 3, 70),
      rank(2, false, 3, 60),
    ].sort(compareRanks);
    expect(ranked.map((r) => r.start)).toEqual([90, 60, 70, 50, 0]);
  });
});
