import { describe, expect, it } from 'vitest';
import { checkPages } from '../../../src/cli/verify/check-pages.ts';
import { parseArticle } from '../../../src/cli/verify/read-articles.ts';
import { createSite } from '../../../src/cli/verify/read-site.ts';
import { articlePage, goodFixture } from './fixtures.ts';

describe('checkPages', () => {
  it('should pass a site with one page per published article', () => {
    const { site, articles } = goodFixture();
    expect(checkPages(site, articles).problems).toEqual([]);
  });

  it('should catch a missing page, a draft’s page, a stray page and a bad pagefind body', () => {
    const { articles } = goodFixture();
    const site = createSite({
      'articles/first-story/index.html': articlePage('First', ['x'], { bodies: 2 }),
      'articles/wip/index.html': articlePage('WIP', ['x']),
      'articles/old/index.html': articlePage('Old', ['x']),
      'about/index.html': articlePage('About', ['x']),
    });
    const messages = checkPages(site, articles).problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages).toEqual([
      'content/World/Second Story.md: has no page: expected dist/articles/world/second-story/index.html',
      'content/wip.md: is a draft (draft: true) but has a page: dist/articles/wip/index.html',
      'dist/articles/first-story/index.html: has 2 data-pagefind-body elements; an article page needs exactly 1',
      'dist/articles/wip/index.html: is an article page with no published article in the content folder',
      'dist/articles/old/index.html: is an article page with no published article in the content folder',
      'dist/about/index.html: has data-pagefind-body but is not an article page, so search would list it',
    ]);
  });

  it('should catch two articles with one id', () => {
    const articles = [parseArticle('a b.md', 'A'), parseArticle('A-B.md', 'B')];
    const site = createSite({ 'articles/a-b/index.html': articlePage('A', ['A']) });
    expect(checkPages(site, articles).problems.map((p) => p.message)).toEqual([
      'has the same id "a-b" as content/a b.md: only one of them can have dist/articles/a-b/index.html',
    ]);
  });
});
