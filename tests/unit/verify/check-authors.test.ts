import { describe, expect, it } from 'vitest';
import { checkAuthors } from '../../../src/cli/verify/check-authors.ts';
import { createSite } from '../../../src/cli/verify/read-site.ts';
import { page } from './fixtures.ts';

const authors = [{ file: 'content/authors/mara-lind.md', slug: 'mara-lind' }];
const byline = (href: string) => page('A story', `<p>By <a href="${href}" rel="author">Mara Lind</a></p>`);

describe('checkAuthors', () => {
  it('should pass a site with a page per author file, bylines linking to them', () => {
    const site = createSite({
      'authors/mara-lind/index.html': page('Mara Lind', '<h1>Mara Lind</h1>'),
      'articles/a/index.html': byline('/authors/mara-lind/'),
    });
    const result = checkAuthors(site, authors);
    expect(result.problems).toEqual([]);
    expect(result.summary).toBe('1 author with a page each, 1 byline link');
  });

  it('should catch an author with no page, a page with no author file, and a byline linking elsewhere', () => {
    const site = createSite({
      'authors/someone-else/index.html': page('Someone', '<h1>Someone</h1>'),
      'articles/a/index.html': byline('/people/mara/'),
    });
    expect(checkAuthors(site, authors).problems.map((p) => `${p.file}: ${p.message}`)).toEqual([
      'content/authors/mara-lind.md: has no page: expected dist/authors/mara-lind/index.html',
      'dist/authors/someone-else/index.html: is an author page with no author file in the content folder',
      'dist/articles/a/index.html: a byline links to /people/mara/, not to an author page',
    ]);
  });
});
