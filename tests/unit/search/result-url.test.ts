import { describe, expect, it } from 'vitest';
import { paragraphHits } from '../../../src/lib/search/paragraph-hits';
import { HIGHLIGHT_PARAM, hitUrl } from '../../../src/lib/search/result-url';
import { highlightWords } from '../../../src/scripts/highlight-on-arrival';

describe('hitUrl', () => {
  it('should put the matched words before the paragraph fragment', () => {
    expect(hitUrl({ url: '/articles/a/#p-one', words: ['Moscow', 'Conference'] })).toBe(
      '/articles/a/?highlight=moscow%20conference#p-one',
    );
  });

  it('should keep the base path Pagefind put in the URL', () => {
    expect(hitUrl({ url: '/news/articles/a/#p', words: ['x'] })).toBe('/news/articles/a/?highlight=x#p');
  });

  it('should list each word once and leave out the query when there are none', () => {
    expect(hitUrl({ url: '/a/#p', words: ['Moscow', 'moscow'] })).toBe('/a/?highlight=moscow#p');
    expect(hitUrl({ url: '/a/#p', words: [] })).toBe('/a/#p');
  });

  it('should encode words that would break the URL', () => {
    expect(hitUrl({ url: '/a/#p', words: ['a&b=c#d'] })).toBe('/a/?highlight=a%26b%3Dc%23d#p');
  });

  it('should round-trip through the article page’s reader of the parameter', () => {
    const [hit] = paragraphHits(
      {
        url: '/news/articles/a/',
        content: 'Переговоры в «Минске», Moscow.',
        locations: [0, 2, 3],
        anchors: [{ element: 'p', id: 'p', text: '', location: 0 }],
      },
      ['переговоры', 'минске', 'moscow'],
    );
    const url = new URL(hitUrl(hit!), 'http://localhost');
    expect(url.searchParams.has(HIGHLIGHT_PARAM)).toBe(true);
    expect(highlightWords(url.search)).toEqual(['переговоры', 'минске', 'moscow']);
    expect(url.hash).toBe('#p');
  });
});

describe('highlightWords', () => {
  it('should read nothing from a URL without the parameter', () => {
    expect(highlightWords('')).toEqual([]);
    expect(highlightWords('?q=x')).toEqual([]);
  });

  it('should cap the number of words a crafted URL can ask for', () => {
    expect(highlightWords(`?highlight=${Array.from({ length: 50 }, (_, i) => `w${i}`).join('+')}`)).toHaveLength(20);
  });
});
