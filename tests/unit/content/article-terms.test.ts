import { describe, expect, it } from 'vitest';
import { articleTerms } from '../../../src/lib/content/article-terms';

describe('articleTerms', () => {
  it('counts words of four letters or more, most used first, case folded', () => {
    expect(articleTerms('Wheat prices rose. Wheat exporters waited; wheat and PRICES.')).toEqual({
      wheat: 3,
      prices: 2,
      exporters: 1,
      rose: 1,
      waited: 1,
    });
  });

  it('leaves out the words every English story uses, and bare numbers', () => {
    expect(articleTerms('They said that there were 2023 ships from the port')).toEqual({ ships: 1, port: 1 });
  });

  it('keeps at most the limit, alphabetical among equals', () => {
    expect(Object.keys(articleTerms('delta charlie bravo alpha', 2))).toEqual(['alpha', 'bravo']);
  });

  it('reads words in any script', () => {
    expect(articleTerms('Переговоры продолжаются. Переговоры')).toEqual({ переговоры: 2, продолжаются: 1 });
  });
});
