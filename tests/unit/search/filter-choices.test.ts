import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../../src/lib/search/filter-choices';

const article = (tags: string[], date: string) => ({ data: { tags, date: new Date(date) } });

describe('filterChoices', () => {
  it('should list each tag once, sorted, and the years newest first', () => {
    expect(filterChoices([article(['russia', 'china'], '2023-11-09'), article(['china'], '2021-01-01')])).toEqual({
      tags: [
        { key: 'china', name: 'china' },
        { key: 'russia', name: 'russia' },
      ],
      years: ['2023', '2021'],
      sortable: true,
    });
  });

  it('should offer tags that differ only in case once, as their tag page does', () => {
    expect(filterChoices([article(['US'], '2023-11-09'), article(['us', 'Trade'], '2021-01-01')]).tags).toEqual([
      { key: 'trade', name: 'Trade' },
      { key: 'us', name: 'US' },
    ]);
  });

  it('should offer no sort for a single article', () => {
    expect(filterChoices([article([], '2023-01-01')]).sortable).toBe(false);
  });
});
