import { describe, expect, it } from 'vitest';
import { newsArticleLd, serializeLd } from '../../../src/lib/meta/news-article-ld';

const facts = {
  url: 'https://news.example/articles/a/',
  headline: 'A headline',
  description: 'Standfirst.',
  published: new Date('2023-11-09T00:00:00Z'),
  tags: ['china', 'russia'],
  lang: 'en',
  image: 'https://news.example/og/a.png',
  publisher: {
    name: 'Broadsheet',
    url: 'https://news.example/',
    logo: { url: 'https://news.example/logo.png', width: 512, height: 512 },
  },
};

describe('newsArticleLd', () => {
  it('should hold the properties Google recommends for a NewsArticle', () => {
    expect(newsArticleLd(facts)).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'A headline',
      datePublished: '2023-11-09T00:00:00.000Z',
      dateModified: '2023-11-09T00:00:00.000Z',
      image: ['https://news.example/og/a.png'],
      mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
      inLanguage: 'en',
      keywords: 'china, russia',
      publisher: { '@type': 'Organization', name: 'Broadsheet' },
    });
  });

  it('should give the publisher a raster logo with its size, as Google asks', () => {
    expect(newsArticleLd(facts)['publisher']).toMatchObject({
      logo: { '@type': 'ImageObject', url: 'https://news.example/logo.png', width: 512, height: 512 },
    });
  });

  it('should credit a byline as a Person and take dateModified from updated', () => {
    const ld = newsArticleLd({
      ...facts,
      authors: [{ name: 'A. Reporter' }],
      updated: new Date('2023-11-10T00:00:00Z'),
    });
    expect(ld['author']).toEqual([{ '@type': 'Person', name: 'A. Reporter' }]);
    expect(ld['dateModified']).toBe('2023-11-10T00:00:00.000Z');
  });

  it('should give each author with a page that page as their url, in byline order', () => {
    const ld = newsArticleLd({
      ...facts,
      authors: [{ name: 'Mara Lind', url: 'https://news.example/authors/mara-lind/' }, { name: 'Guest Writer' }],
    });
    expect(ld['author']).toEqual([
      { '@type': 'Person', name: 'Mara Lind', url: 'https://news.example/authors/mara-lind/' },
      { '@type': 'Person', name: 'Guest Writer' },
    ]);
  });

  it.each([
    ['news', 'NewsArticle'],
    ['analysis', 'AnalysisNewsArticle'],
    ['opinion', 'OpinionNewsArticle'],
    ['explainer', 'BackgroundNewsArticle'],
    ['interview', 'ReportageNewsArticle'],
    ['sponsored', 'AdvertiserContentArticle'],
  ] as const)('should type a %s story as schema.org’s %s', (kind, type) => {
    expect(newsArticleLd({ ...facts, kind })['@type']).toBe(type);
  });

  it('should type a story of no stated kind as news', () => {
    expect(newsArticleLd(facts)['@type']).toBe('NewsArticle');
  });

  it('should credit the publisher when there is no byline', () => {
    expect(newsArticleLd(facts)['author']).toEqual([
      expect.objectContaining({ '@type': 'Organization', name: 'Broadsheet' }),
    ]);
  });
});

describe('serializeLd', () => {
  it('should escape < so a headline cannot close the script block', () => {
    const json = serializeLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});

describe('newsArticleLd corrections', () => {
  it('lists each correction as a CorrectionComment and dates the change by the latest', () => {
    const ld = newsArticleLd({
      ...facts,
      updated: new Date('2023-11-10T00:00:00Z'),
      corrections: [
        { date: new Date('2023-11-12T00:00:00Z'), text: 'An earlier version gave the wrong day.' },
        { date: new Date('2023-11-11T00:00:00Z'), text: 'A name was misspelt.' },
      ],
    });
    expect(ld['correction']).toEqual([
      {
        '@type': 'CorrectionComment',
        datePublished: '2023-11-12T00:00:00.000Z',
        text: 'An earlier version gave the wrong day.',
      },
      { '@type': 'CorrectionComment', datePublished: '2023-11-11T00:00:00.000Z', text: 'A name was misspelt.' },
    ]);
    expect(ld['dateModified']).toBe('2023-11-12T00:00:00.000Z');
  });

  it('has no correction property when there is none', () => {
    expect(newsArticleLd(facts)).not.toHaveProperty('correction');
  });
});
