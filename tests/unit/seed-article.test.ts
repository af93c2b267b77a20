import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainTextArticle } from '../../src/cli/import/plain-text-article';
import { markdownParagraphs } from '../../src/cli/verify/markdown-paragraphs';
import { readFrontMatter } from '../../src/lib/content/front-matter';

// The seed article's words are the content: the copy in content/ must hold
// every one of them, in order, and the project keeps the seed itself.
const root = new URL('../../', import.meta.url);
const seed = readFileSync(new URL('tests/fixtures/seed.txt', root), 'utf8');
const article = readFileSync(new URL('content/li-shangfu-visits-russia-and-belarus.md', root), 'utf8');

describe('the seed article', () => {
  it('reads as a date and six paragraphs', () => {
    const { date, paragraphs } = parsePlainTextArticle(seed);
    expect(date).toBe('2023-11-09');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^Chinese Defense Minister Li Shangfu embarked/);
  });

  it('is in content/ word for word, in order, under its own date', () => {
    const { data, body } = readFrontMatter(article)!;
    expect(data['date']).toBe('2023-11-09');
    expect(markdownParagraphs(body).map((paragraph) => paragraph.text)).toEqual(parsePlainTextArticle(seed).paragraphs);
  });
});
