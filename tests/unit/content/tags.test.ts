import { describe, expect, it } from 'vitest';
import { groupByTag, tagKey } from '../../../src/lib/content/tags';

const article = (tags: string[]) => ({ data: { tags } });

describe('tagKey', () => {
  it('makes tags that differ only in case or punctuation one tag', () => {
    expect(['US', 'us', 'U.S', 'Us'].map(tagKey)).toEqual(['us', 'us', 'us', 'us']);
    expect(tagKey('Middle East')).toBe('middle-east');
    expect(tagKey('!!!')).toBe('tag');
  });
});

describe('groupByTag', () => {
  const a = article(['US', 'Trade']);
  const b = article(['us']);
  const c = article(['trade', 'Trade']);

  it('puts tags that differ only in case in one group, named as first written, alphabetically', () => {
    expect(groupByTag([a, b, c]).map((group) => [group.name, group.key, group.articles.length])).toEqual([
      ['Trade', 'trade', 2],
      ['US', 'us', 2],
    ]);
  });

  it('lists an article once in a group even when it carries the tag twice', () => {
    expect(groupByTag([c])[0]!.articles).toEqual([c]);
  });
});
