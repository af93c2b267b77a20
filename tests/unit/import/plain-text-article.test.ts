import { describe, expect, it } from 'vitest';
import { parsePlainTextArticle } from '../../../src/cli/import/plain-text-article';

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
