import { describe, expect, it } from 'vitest';
import { count, countMessage, formatResultDay, seeAllLabel, withoutMissing } from '../../../src/scripts/search-text';

const counted = (total: number, more = false, final = true, missing: string[] = []) => ({
  total,
  more,
  final,
  missing,
});

describe('countMessage', () => {
  it('says how many articles match, in full', () => {
    expect(countMessage('security', counted(1412))).toBe('1,412 articles for “security”.');
    expect(countMessage('security', counted(1))).toBe('1 article for “security”.');
  });

  it('says when older articles are still being searched', () => {
    expect(countMessage('x', counted(0, true, false))).toBe('Searching older articles for “x”…');
    expect(countMessage('x', counted(3, true, false))).toBe('3 articles for “x” so far; searching older articles…');
  });

  it('says “recent” when a surface stopped before the archive', () => {
    expect(countMessage('x', counted(40, true, true))).toBe('40 recent articles for “x”.');
  });

  it('says nothing was found when no word of the query is anywhere', () => {
    expect(countMessage('zzzyqx', counted(0, false, true, ['zzzyqx']))).toBe(
      'No results for “zzzyqx”. Check the spelling, or try other words.',
    );
  });

  it('names the words no article mentions when the others are found', () => {
    expect(countMessage('Moscow zzzyqx', counted(0, false, true, ['zzzyqx']))).toBe(
      'No article mentions “zzzyqx”. Check the spelling, or try other words.',
    );
  });

  it('says so when every word is somewhere but no article holds them all', () => {
    expect(countMessage('Putin Cairo', counted(0))).toBe(
      'No article holds all of “Putin Cairo”. Try fewer or different words.',
    );
  });
});

describe('withoutMissing', () => {
  it('drops the words that found nothing, as typed', () => {
    expect(withoutMissing('Moscow “zzzyqx” Belarus', ['zzzyqx'])).toBe('Moscow Belarus');
  });

  it('offers nothing when no word would be left, or none is missing', () => {
    expect(withoutMissing('zzzyqx', ['zzzyqx'])).toBeUndefined();
    expect(withoutMissing('a b', [])).toBeUndefined();
  });
});

describe('seeAllLabel', () => {
  it('counts the results when every bundle was read, and says the archive has more when not', () => {
    expect(seeAllLabel('security', { total: 412, more: false }, 6)).toBe('See all 412 results for “security”');
    expect(seeAllLabel('security', { total: 40, more: true }, 6)).toBe(
      'See all results for “security”, the archive’s too',
    );
  });

  it('opens the search page without a count when the box already shows every result', () => {
    expect(seeAllLabel('belarus military', { total: 1, more: false }, 1)).toBe(
      'Open the search page for “belarus military”',
    );
  });
});

describe('formatResultDay', () => {
  it('writes a result’s day in its article’s language', () => {
    expect(formatResultDay('2024-03-15', 'ru')).toBe('15 марта 2024 г.');
    expect(formatResultDay('2024-03-15', 'en')).toBe('March 15, 2024');
    expect(formatResultDay(undefined, 'en')).toBe('');
  });
});

describe('count', () => {
  it('groups thousands', () => {
    expect(count(10000, 'article')).toBe('10,000 articles');
  });
});
