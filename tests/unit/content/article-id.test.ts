import { describe, expect, it } from 'vitest';
import { articleId } from '../../../src/lib/content/article-id';

describe('articleId', () => {
  it('gives the ids Astro’s glob loader gives', () => {
    expect(articleId('World/Second Story.md')).toBe('world/second-story');
    expect(articleId('news/index.md')).toBe('news');
    expect(articleId('Ünïcode Title!.md')).toBe('ünïcode-title');
  });

  it('gives files that differ only in case or spaces one id (the content checks refuse the pair)', () => {
    expect(articleId('Grain Talks.md')).toBe(articleId('grain-talks.md'));
  });
});
