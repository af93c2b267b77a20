import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;

/**
 * Published articles, newest first; ties keep a stable order by title.
 * Drafts never leave here, so they get no page, and so no feed entry, no
 * sitemap entry and no place in the search index.
 */
export async function getArticles(): Promise<Article[]> {
  const articles = await getCollection('articles', (article) => !article.data.draft);
  return articles.sort(
    (a, b) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title),
  );
}
