import { describe, expect, it } from 'vitest';
import { articleTerms, words } from '../../../src/lib/content/article-terms';

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

describe('words', () => {
  // The definition it stands in for, run on the same text.
  const byRegex = (text: string) => text.match(/[\p{L}\p{M}\p{N}]{4,}/gu) ?? [];

  it('finds exactly what the Unicode word pattern finds, in any script', () => {
    const texts = [
      'Grain talks in Ankara: the minister’s 2,400-tonne pledge (see p. 12).',
      'naïve café façade ١٢٣٤ 𝐀𝐁𝐂𝐃 word日本語テキスト e\u0301e\u0301 Ünïcödé',
      'Переговоры о зерне продолжатся в четверг; الحبوب والموانئ',
      'abc 𝐀𝐁𝐂 😀😀😀😀 x😀yyyy \ud800lone surrogates\udc00 end',
      '',
      'wordatend',
    ];
    for (const text of texts) expect(words(text)).toEqual(byRegex(text));
  });

  it('counts a word’s length in characters, not UTF-16 units (three astral letters are too short)', () => {
    expect(words('𝐀𝐁𝐂 𝐀𝐁𝐂𝐃')).toEqual(['𝐀𝐁𝐂𝐃']);
  });
});
