import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../src/lib/content/articles';

// articles.ts reads the collection through Astro's virtual module, which only a build provides.
vi.mock('astro:content', () => ({ getCollection: () => Promise.resolve([]) }));
const { articleKey, cacheKey, listingKey } = await import('../../../src/lib/build/cache-keys');

function article(id: string, title: string, html: string): Article {
  return {
    id,
    collection: 'articles',
    data: { title, date: new Date('2025-03-01'), lang: 'en', kind: 'news', tags: ['port'], draft: false },
    rendered: { html, metadata: {} },
  } as unknown as Article;
}

const page = (related: Article[], html = '<p>Cranes.</p>') => ({
  article: article('quay', 'Quay reopens', html),
  authors: [],
  related,
});

describe('cacheKey', () => {
  it('is 32 hex digits, the same for the same parts and different for different ones', () => {
    expect(cacheKey('a', { b: 1 })).toMatch(/^[0-9a-f]{32}$/);
    expect(cacheKey('a', { b: 1 })).toBe(cacheKey('a', { b: 1 }));
    expect(cacheKey('a', { b: 2 })).not.toBe(cacheKey('a', { b: 1 }));
  });
});

describe('articleKey', () => {
  const tram = article('tram', 'Tram line opens', '<p>Rails.</p>');
  it('changes with the article’s own HTML', () => {
    expect(articleKey(page([tram], '<p>Cranes idle.</p>'))).not.toBe(articleKey(page([tram])));
  });
  it('changes when a related article is retitled or the list changes', () => {
    const retitled = article('tram', 'Tram line delayed', '<p>Rails.</p>');
    expect(articleKey(page([retitled]))).not.toBe(articleKey(page([tram])));
    expect(articleKey(page([]))).not.toBe(articleKey(page([tram])));
  });
  it('stays when only a related article’s text changes, which the list does not print', () => {
    expect(articleKey(page([article('tram', 'Tram line opens', '<p>Rails, corrected.</p>')]))).toBe(
      articleKey(page([tram])),
    );
  });
});

describe('listingKey', () => {
  it('covers each listed article’s address and headline, and the extra parts', () => {
    const quay = article('quay', 'Quay reopens', '');
    expect(listingKey([quay], 'port')).toBe(listingKey([article('quay', 'Quay reopens', '<p>x</p>')], 'port'));
    expect(listingKey([quay], 'port')).not.toBe(listingKey([article('quay', 'Quay shut', '')], 'port'));
    expect(listingKey([quay], 'port')).not.toBe(listingKey([quay], 'harbour'));
  });
});
