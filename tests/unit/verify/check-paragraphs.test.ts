import { describe, expect, it } from 'vitest';
import { checkParagraphs } from '../../../src/cli/verify/check-paragraphs.ts';
import { parseArticle } from '../../../src/cli/verify/read-articles.ts';
import { createSite } from '../../../src/cli/verify/read-site.ts';
import { articlePage, goodFixture, md } from './fixtures.ts';

describe('checkParagraphs', () => {
  it('should pass when every paragraph is on the page, typography and permalinks aside', () => {
    const { site, articles } = goodFixture();
    expect(checkParagraphs(site, articles).problems).toEqual([]);
  });

  it('should name the paragraph, its line and where the page departs from it', () => {
    const articles = [
      parseArticle('a.md', md('title: A', '\nAlpha paragraph here.\n\nBravo paragraph is long enough.\n')),
    ];
    const site = createSite({
      'articles/a/index.html': articlePage('A', ['Alpha paragraph here.', 'Bravo paragraph is long, enough.']),
    });
    const [problem, ...rest] = checkParagraphs(site, articles).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/a.md', line: 7 });
    expect(problem?.message).toBe(
      'paragraph 2 is not on dist/articles/a/index.html: closest is at 8:1, which differs after 23 characters: ' +
        'source "…vo paragraph is long enough." vs page "…vo paragraph is long, enough."',
    );
  });

  it('should catch paragraphs out of order', () => {
    const articles = [parseArticle('a.md', md('title: A', '\nAlpha.\n\nBravo.\n'))];
    const site = createSite({ 'articles/a/index.html': articlePage('A', ['Bravo.', 'Alpha.']) });
    expect(checkParagraphs(site, articles).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^paragraph 2 is out of order/),
    ]);
  });
});
