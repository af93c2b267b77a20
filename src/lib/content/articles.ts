import { getCollection, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import { readConfig } from '../config';
import { HTML_KEY, htmlFolder, readHtml } from './html-store';
import { factsOfEntry } from './entry-facts';
import { newestFirst } from './newest-first';
import type { RenderedArticle } from './rendered-article';

export type Article = CollectionEntry<'articles'>;

let folder: string | undefined;
/** Where the articles' HTML and facts are kept: asked for once per page and more, read once. */
const kept = () => (folder ??= htmlFolder(readConfig().cacheDir));

/**
 * Published articles, newest first; ties keep a stable order by title.
 * Drafts never leave here, so they get no page, and so no feed entry, no
 * sitemap entry and no place in the search index.
 */
export async function getArticles(): Promise<Article[]> {
  // Once a build, not once a route (ten of them ask, each for 10,000 articles at scale); the dev
  // server's collection changes under it, so it asks every time. A copy: a caller may reorder its own.
  if (import.meta.env.DEV || !published) published = publishedArticles();
  return [...(await published)];
}

let published: Promise<Article[]> | undefined;

async function publishedArticles(): Promise<Article[]> {
  const articles = await getCollection('articles', (article) => !article.data.draft);
  return articles.sort((a, b) => newestFirst(a.data, b.data));
}

/** Minutes to read the article, counted from its rendered text when it was rendered (the store keeps no Markdown). */
export function minutesToRead(article: Article): number {
  return renderedFacts(article)?.minutes ?? 1;
}

/** The facts noted of an article when it was rendered (rehype-rendered-facts.ts), if it was. */
export function renderedFacts(article: Article): RenderedArticle | undefined {
  return factsOfEntry(article, kept());
}

/**
 * The article's rendered HTML: from its file in the cache (the store keeps
 * none, html-store.ts), or from the store for an article Astro must finish
 * rendering itself (local images); `undefined` then.
 */
export function articleHtml(article: Article): string | undefined {
  const hash = article.rendered?.metadata?.[HTML_KEY];
  return typeof hash === 'string' ? readHtml(kept(), hash) : undefined;
}

/** Where the article's HTML is kept (its hash), or its HTML itself: what a page key must cover. */
export function htmlIdentity(article: Article): string | undefined {
  const hash = article.rendered?.metadata?.[HTML_KEY];
  return typeof hash === 'string' ? hash : article.rendered?.html;
}

/** The article's headings, as rendering found them. */
export function headingsOf(article: Article): MarkdownHeading[] {
  return (article.rendered?.metadata?.headings as MarkdownHeading[] | undefined) ?? [];
}
