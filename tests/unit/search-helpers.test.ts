import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../src/lib/filter-choices';
import { textDirection } from '../../src/lib/text-direction';
import { isQueryTooShort } from '../../src/scripts/search-client';
import { resultsMessage, roundMessage } from '../../src/scripts/search-text';

const article = (tags: string[], date: string) => ({ data: { tags, date: new Date(date) } });

describe('filterChoices', () => {
  it('should list each tag once, sorted, and the years newest first', () => {
    expect(filterChoices([article(['russia', 'china'], '2023-11-09'), article(['china'], '2021-01-01')])).toEqual({
      tags: ['china', 'russia'],
      years: ['2023', '2021'],
      sortable: true,
    });
  });

  it('should offer no sort for a single article', () => {
    expect(filterChoices([article([], '2023-01-01')]).sortable).toBe(false);
  });
});

describe('isQueryTooShort', () => {
  it('should wait for a second Latin letter but take one Chinese character', () => {
    expect(isQueryTooShort(' a ')).toBe(true);
    expect(isQueryTooShort('ab')).toBe(false);
    expect(isQueryTooShort('中')).toBe(false);
  });
});

describe('textDirection', () => {
  it('should be right to left for Arabic, Hebrew and Persian only', () => {
    expect(['ar', 'he', 'fa-IR', 'en', 'ru', 'zh-Hans'].map(textDirection)).toEqual(['rtl', 'rtl', 'rtl', 'ltr', 'ltr', 'ltr']);
  });
});

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
