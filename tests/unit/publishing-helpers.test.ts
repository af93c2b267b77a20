import { describe, expect, it } from 'vitest';
import { formatDay, isoDay } from '../../src/lib/format-date';
import { newsArticleLd, serializeLd } from '../../src/lib/news-article-ld';
import { canDraw, renderSocialImage } from '../../src/lib/social-image';
import { groupByTag, groupByYear, tagPath } from '../../src/lib/tags';

const facts = {
  url: 'https://news.example/articles/a/',
  headline: 'A headline',
  description: 'Standfirst.',
  published: new Date('2023-11-09T00:00:00Z'),
  tags: ['china', 'russia'],
  lang: 'en',
  image: 'https://news.example/og/a.png',
  publisher: { name: 'Broadsheet', url: 'https://news.example/', logo: { url: 'https://news.example/logo.png', width: 512, height: 512 } },
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
    const ld = newsArticleLd({ ...facts, author: 'A. Reporter', updated: new Date('2023-11-10T00:00:00Z') });
    expect(ld['author']).toEqual([{ '@type': 'Person', name: 'A. Reporter' }]);
    expect(ld['dateModified']).toBe('2023-11-10T00:00:00.000Z');
  });

  it('should credit the publisher when there is no byline', () => {
    expect(newsArticleLd(facts)['author']).toEqual([expect.objectContaining({ '@type': 'Organization', name: 'Broadsheet' })]);
  });
});

describe('serializeLd', () => {
  it('should escape < so a headline cannot close the script block', () => {
    const json = serializeLd({ headline: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>' });
  });
});

describe('tags and years', () => {
  const article = (tags: string[], day: string) => ({ data: { tags, date: new Date(`${day}T00:00:00Z`) } });
  const a = article(['US', 'Trade'], '2023-05-01');
  const b = article(['us'], '2022-01-01');
  const c = article(['trade', 'Trade'], '2023-01-01');

  it('should give a tag a slugged path', () => {
    expect(tagPath('Middle East')).toBe('tags/middle-east/');
  });

  it('should put tags that differ only in case on one page, alphabetically', () => {
    expect(groupByTag([a, b, c]).map((group) => [group.name, group.slug, group.articles.length])).toEqual([
      ['Trade', 'trade', 2],
      ['US', 'us', 2],
    ]);
  });

  it('should group articles by year, newest year first, keeping their order', () => {
    expect(groupByYear([a, c, b]).map(([year, list]) => [year, list.length])).toEqual([
      [2023, 2],
      [2022, 1],
    ]);
  });
});

describe('formatDay', () => {
  it('should format a calendar day in UTC, in the article’s language', () => {
    const day = new Date('2023-11-09T00:00:00Z');
    expect(formatDay(day)).toBe('November 9, 2023');
    expect(formatDay(day, 'ru')).toBe('9 ноября 2023 г.');
    expect(isoDay(day)).toBe('2023-11-09');
  });
});

describe('renderSocialImage', () => {
  it('should draw a 1200×630 PNG', async () => {
    const png = await renderSocialImage({ title: 'Переговоры в Минске', date: '9 November 2023', siteName: 'Broadsheet' });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('should know which headlines its fonts can draw', () => {
    expect(canDraw('Li Shangfu visits Minsk — 2023')).toBe(true);
    expect(canDraw('Переговоры в Минске')).toBe(true);
    expect(canDraw('上海港集装箱')).toBe(false);
    expect(canDraw('محادثات القاهرة')).toBe(false);
  });
});
