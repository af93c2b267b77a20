import { describe, expect, it } from 'vitest';
import { resultsMessage, roundMessage } from '../../../src/scripts/search-text';

describe('resultsMessage', () => {
  it('should count paragraphs and articles', () => {
    const result = { title: 't', date: undefined, url: '/', lang: 'en', best: undefined, hits: [] };
    expect(resultsMessage('x', [])).toMatch(/^No results for “x”/);
    expect(resultsMessage('x', [result])).toBe('1 result in 1 article for “x”.');
  });
});

describe('roundMessage', () => {
  const result = { title: 't', date: undefined, url: '/', lang: 'en', best: undefined, hits: [] };

  it('should say the older articles are still being searched, with or without results so far', () => {
    expect(roundMessage('x', [], true)).toBe('Searching older articles for “x”…');
    expect(roundMessage('x', [result], true)).toBe('1 result in 1 article for “x” so far; searching older articles…');
  });

  it('should give the final count once no older bundle is left', () => {
    expect(roundMessage('x', [result], false)).toBe(resultsMessage('x', [result]));
  });
});
