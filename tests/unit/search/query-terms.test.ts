import { describe, expect, it } from 'vitest';
import { fold, termOf } from '../../../src/lib/search/query-terms';

describe('termOf', () => {
  it('finds the query word a matched word answers: the same word, its stem, its prefix', () => {
    const terms = ['belarus', 'military'];
    expect(termOf('Belarus', terms)).toBe(0);
    expect(termOf('militaries', terms)).toBe(1);
    expect(termOf('milit', terms)).toBe(1);
  });

  it('compares without case or accents, in any script', () => {
    expect(termOf('CAFÉ', ['the', 'cafe'])).toBe(1);
    expect(termOf('Минске', ['переговоры', 'минск'])).toBe(1);
  });

  it('finds a word inside a run of text written without spaces', () => {
    expect(termOf('自动化码头继续扩建', ['上海', '码头'])).toBe(1);
  });

  it('is -1 for an empty query', () => {
    expect(termOf('word', [])).toBe(-1);
  });
});

describe('fold', () => {
  it('drops case and combining accents', () => {
    expect(fold('Ünïcödé')).toBe('unicode');
  });
});
