import { authorPath, fileOf } from '../../lib/paths.ts';
import { elements, type Site } from './read-site.ts';
import { plural, type CheckResult, type Problem } from './types.ts';

/**
 * Each author file has its page, no page under `authors/` lacks a file, and
 * every byline link (`rel="author"`) on every page points at an author page
 * (where it resolves is the links check's to say).
 */
export function checkAuthors(site: Site, authors: { file: string; slug: string }[]): CheckResult {
  const problems: Problem[] = [];
  const pages = new Set(authors.map(({ slug }) => fileOf(authorPath(slug))));
  for (const { file, slug } of authors) {
    const page = fileOf(authorPath(slug));
    if (!site.files.has(page)) problems.push({ file, message: `has no page: expected ${site.dist}/${page}` });
  }
  let bylines = 0;
  for (const page of site.pages) {
    const first = page.path.match(/^authors\/[^/]+\/index\.html$/);
    if (first && !pages.has(page.path))
      problems.push({ file: page.file, message: 'is an author page with no author file in the content folder' });
    for (const link of elements(page.tree)) {
      const rel = link.properties['rel'];
      if (link.tagName !== 'a' || !Array.isArray(rel) || !rel.includes('author')) continue;
      bylines++;
      const href = String(link.properties['href'] ?? '');
      if (!href.startsWith(`${site.base}authors/`))
        problems.push({ file: page.file, message: `a byline links to ${href}, not to an author page` });
    }
  }
  return {
    name: 'authors',
    checked: authors.length,
    summary: `${plural(authors.length, 'author')} with a page each, ${plural(bylines, 'byline link')}`,
    problems,
  };
}
