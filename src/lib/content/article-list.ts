import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SocialCard } from '../social-card/social-image.ts';

/** What the build's last steps need to know of each article, as the content collection has it. */
export interface ListedArticle {
  id: string;
  /** Publication day, `YYYY-MM-DD`. */
  day: string;
  /** Day of its last update or correction, `YYYY-MM-DD` (its publication day if neither). */
  modified: string;
  lang: string;
  draft: boolean;
  /** What its social card shows (article-card.ts): the social-cards integration puts the card in place. */
  card: SocialCard;
}

/**
 * The collection's articles, written by the loader at every content sync into
 * Astro's cache folder and read by the integrations after the build (search
 * index, sitemap, social cards): they are fed from the collection, never
 * from the built HTML.
 */
export function articleListFile(cacheDir: URL): string {
  return fileURLToPath(new URL('broadsheet/articles.json', cacheDir));
}

export function writeArticleList(cacheDir: URL, articles: ListedArticle[]): void {
  const file = articleListFile(cacheDir);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(articles)}\n`);
}

export function readArticleList(cacheDir: URL): ListedArticle[] {
  const file = articleListFile(cacheDir);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ListedArticle[];
  } catch (cause) {
    throw new Error(`cannot read the article list the content collection writes (${file})`, { cause });
  }
}
