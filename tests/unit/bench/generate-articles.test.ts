import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../../src/lib/content/article-schema';
import { generateArticles, prng } from '../../bench/generate-articles.ts';

function split(text: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`no front matter in:\n${text.slice(0, 200)}`);
  return { data: parse(match[1]!), body: match[2]! };
}

describe('benchmark article generator', () => {
  it('is deterministic: the same N gives the same files', () => {
    expect(generateArticles(60)).toEqual(generateArticles(60));
  });

  it('gives the first articles of a larger N to a smaller one', () => {
    expect(generateArticles(60).articles.slice(0, 15)).toEqual(generateArticles(15).articles);
  });

  it('changes with the seed', () => {
    expect(generateArticles(5, { seed: 'other' }).articles).not.toEqual(generateArticles(5).articles);
    expect(prng('a')()).toBe(prng('a')());
  });

  it('writes valid articles with unique ids, 3–30 paragraphs, tags and dates over several years', () => {
    const { articles, queries } = generateArticles(300);
    expect(new Set(articles.map((article) => article.id)).size).toBe(300);
    const years = new Set<string>();
    for (const article of articles) {
      expect(article.file).toBe(`${article.id}.md`);
      expect(article.id).toMatch(/^[a-z0-9-]+$/);
      // Nothing from the edge-case fixtures (raw HTML, emoji) leaks into the synthetic articles.
      expect(article.text).not.toMatch(/[<>]|\p{Extended_Pictographic}/u);
      const { data, body } = split(article.text);
      const parsed = articleSchema.parse(data);
      expect(parsed.lang).toBe(article.lang);
      expect(parsed.tags.length).toBeGreaterThan(0);
      years.add(parsed.date.toISOString().slice(0, 4));
      const paragraphs = body.split(/\n\n+/).filter((block) => block.trim() && !block.startsWith('#'));
      expect(paragraphs.length).toBeGreaterThanOrEqual(3);
      expect(paragraphs.length).toBeLessThanOrEqual(30);
    }
    expect(years.size).toBeGreaterThan(5);
    // The measured page (the first article) holds both query words.
    expect(articles[0]!.lang).toBe('en');
    expect(articles[0]!.text.toLowerCase()).toContain(queries.first);
    expect(articles[0]!.text.toLowerCase()).toContain(queries.second);
  });

  it('is mostly English, with a few per cent of other languages', () => {
    const { articles } = generateArticles(1000);
    const share = (lang: string) => articles.filter((article) => article.lang === lang).length / articles.length;
    expect(share('en')).toBeGreaterThan(0.9);
    expect(share('ru')).toBeGreaterThan(0.01);
    expect(share('ru')).toBeLessThan(0.06);
  });
});
