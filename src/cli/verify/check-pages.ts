import { articlePath, fileOf } from '../../lib/paths.ts';
import type { SourceArticle } from './read-articles.ts';
import { elements, type Site } from './read-site.ts';
import { plural, type CheckResult, type Problem } from './types.ts';

/**
 * Each published article has exactly one page, drafts have none, and no other
 * page looks like an article: no stray HTML under `articles/` and no page
 * outside the collection that Pagefind would index (`data-pagefind-body`,
 * which only ArticleLayout sets, once per page).
 */
export function checkPages(site: Site, articles: SourceArticle[]): CheckResult {
  const problems: Problem[] = [];
  const expected = new Map<string, SourceArticle>();
  let published = 0;
  for (const article of articles) {
    if (article.error) problems.push({ file: article.file, line: 1, message: article.error });
    const path = fileOf(articlePath(article.id));
    const page = `${site.dist}/${path}`;
    if (article.draft) {
      if (site.files.has(path))
        problems.push({ file: article.file, message: `is a draft (draft: true) but has a page: ${page}` });
      continue;
    }
    published++;
    const twin = expected.get(path);
    if (twin) {
      problems.push({
        file: article.file,
        message: `has the same id "${article.id}" as ${twin.file}: only one of them can have ${page}`,
      });
      continue;
    }
    expected.set(path, article);
    if (!site.files.has(path)) problems.push({ file: article.file, message: `has no page: expected ${page}` });
  }

  let articlePages = 0;
  for (const page of site.pages) {
    const bodies = elements(page.tree).filter((element) => 'dataPagefindBody' in element.properties).length;
    const isArticle = expected.has(page.path);
    if (isArticle) articlePages++;
    if (isArticle && bodies !== 1) {
      problems.push({
        file: page.file,
        message: `has ${bodies} data-pagefind-body elements; an article page needs exactly 1`,
      });
    } else if (!isArticle && page.path.startsWith('articles/') && page.path !== 'articles/index.html') {
      problems.push({ file: page.file, message: 'is an article page with no published article in the content folder' });
    } else if (!isArticle && bodies > 0) {
      problems.push({
        file: page.file,
        message: 'has data-pagefind-body but is not an article page, so search would list it',
      });
    }
  }
  return {
    name: 'pages',
    checked: published,
    summary: `${plural(published, 'published article')}, ${plural(articlePages, 'article page')}`,
    problems,
  };
}
