import { getCollection, type CollectionEntry } from 'astro:content';
import { FACTS_KEY } from '../../plugins/rehype-rendered-facts';
import type { RenderedArticle } from './rendered-article';

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

/** Minutes to read the article, counted from its rendered text when it was rendered (the store keeps no Markdown). */
export function minutesToRead(article: Article): number {
  return renderedFacts(article)?.minutes ?? 1;
}

/** The facts noted of an article when it was rendered (rehype-rendered-facts.ts), if it was. */
export function renderedFacts(article: Article): RenderedArticle | undefined {
  const frontmatter = article.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined;
  return frontmatter?.[FACTS_KEY] as RenderedArticle | undefined;
}
