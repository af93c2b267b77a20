import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlainTextArticle } from '../../src/lib/plain-text-article';

const root = new URL('../../', import.meta.url);
const seed = readFileSync(new URL('tests/fixtures/seed.txt', root), 'utf8');
const article = readFileSync(new URL('content/li-shangfu-visits-russia-and-belarus.md', root), 'utf8');

describe('the seed article', () => {
  it('should read the date token and six paragraphs from the seed file', () => {
    const { date, paragraphs } = parsePlainTextArticle(seed);
    expect(date).toBe('2023-11-09');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^Chinese Defense Minister Li Shangfu embarked/);
  });

  it('should keep every paragraph of the seed verbatim, in order, in content/', () => {
    const [, frontMatter, body] = article.split(/^---$/m);
    expect(frontMatter).toMatch(/^date: 2023-11-09$/m);
    const paragraphs = body!.split(/\n\s*\n/).map((block) => block.trim()).filter((block) => block && !block.startsWith('#'));
    expect(paragraphs).toEqual(parsePlainTextArticle(seed).paragraphs);
  });
});

describe('parsePlainTextArticle', () => {
  it('should read text without a date token', () => {
    expect(parsePlainTextArticle('One.\n\nTwo.\n')).toEqual({ date: undefined, paragraphs: ['One.', 'Two.'] });
  });

  it('should read CRLF line ends, a BOM and blank lines with spaces', () => {
    expect(parsePlainTextArticle('\uFEFFdate 2024-01-02 Один.\r\n  \r\nДва.')).toEqual({
      date: '2024-01-02',
      paragraphs: ['Один.', 'Два.'],
    });
  });

  it('should not take a date that is part of a word', () => {
    expect(parsePlainTextArticle('dated 2024-01-02 text').date).toBeUndefined();
  });
});
