import { describe, expect, it } from 'vitest';
import { filterChoices } from '../../../src/lib/search/filter-choices';

import type { StoryKind } from '../../../src/lib/content/story-kind';

const article = (tags: string[], date: string, kind: StoryKind = 'news') => ({
  data: { tags, date: new Date(date), kind },
});

describe('filterChoices', () => {
  it('should list each tag once, sorted, and the years newest first', () => {
    expect(filterChoices([article(['russia', 'china'], '2023-11-09'), article(['china'], '2021-01-01')])).toEqual({
      tags: [
        { key: 'china', name: 'china' },
        { key: 'russia', name: 'russia' },
      ],
      years: ['2023', '2021'],
      kinds: [{ key: 'news', name: 'News' }],
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

  it('should offer the kinds of story the collection holds, in their fixed order', () => {
    const kinds = filterChoices([
      article([], '2023-01-01', 'opinion'),
      article([], '2023-01-02'),
      article([], '2023-01-03', 'analysis'),
      article([], '2023-01-04', 'opinion'),
    ]).kinds;
    expect(kinds).toEqual([
      { key: 'news', name: 'News' },
      { key: 'analysis', name: 'Analysis' },
      { key: 'opinion', name: 'Opinion' },
    ]);
  });
});
