import { describe, expect, it } from 'vitest';
import { excerpt } from '../../../src/lib/search/excerpt';

const words = 'one two three four five six seven eight nine ten'.split(' ');
const m = (location: number, term: number) => ({ location, term });

describe('excerpt', () => {
  it('chooses the window holding the most different query words', () => {
    // “two” alone near the start; “eight” and “nine” (two words) together near the end.
    expect(excerpt(words, 0, 10, [m(1, 0), m(7, 0), m(8, 1)], 3)).toBe(
      '… seven <mark>eight</mark> <mark>nine</mark> …',
    );
  });

  it('takes the earliest of windows that hold as many words', () => {
    expect(excerpt(words, 0, 10, [m(1, 0), m(8, 0)], 3)).toBe('one <mark>two</mark> three …');
  });

  it('stays inside the paragraph and marks every match in the window', () => {
    expect(excerpt(words, 2, 6, [m(2, 0), m(5, 1)], 10)).toBe('<mark>three</mark> four five <mark>six</mark>');
  });
});
