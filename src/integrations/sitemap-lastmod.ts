import type { SitemapItem } from '@astrojs/sitemap';
import { readArticleList, type ListedArticle } from '../lib/content/article-list.ts';
import { articlePath, withBase } from '../lib/paths.ts';

/**
 * The sitemap's `serialize`: an article's entry carries `lastmod`, the day it
 * was last updated or corrected, so crawlers come back for the change. The
 * article list is read once, when the sitemap is written (after the build).
 */
export function sitemapLastmod(cacheDir: URL, base: string): (item: SitemapItem) => SitemapItem {
  let byPath: Map<string, ListedArticle> | undefined;
  return (item) => {
    byPath ??= new Map(readArticleList(cacheDir).map((article) => [withBase(base, articlePath(article.id)), article]));
    const article = byPath.get(decodeURI(new URL(item.url).pathname));
    return article ? { ...item, lastmod: article.modified } : item;
  };
}
