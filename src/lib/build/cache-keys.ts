import { createHash } from 'node:crypto';
import { htmlIdentity, type Article } from '../content/articles.ts';
import type { BylineName } from '../content/bylines.ts';
import { ownPolicy } from '../meta/own-policy.ts';

// Every page is finished by `ownPolicy` as it is written (src/middleware.ts), code that Astro's hash
// of a page's code does not cover: imported here, it is in every keyed page's code. Its digest, not its
// kilobyte of source, goes into each key: hashing the source again for 20,000 keys took 0.15 s a build.
const FINISHED_BY = createHash('sha256').update(ownPolicy.toString()).digest('hex');

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a
 * page is copied from the last build, not rendered again, when its key and
 * the code it is built from are unchanged. A key covers exactly the data
 * the page shows; Astro itself covers the code, the config and the lock file.
 */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256')
    .update(JSON.stringify([FINISHED_BY, parts]))
    .digest('hex')
    .slice(0, 32);
}

/**
 * An article page shows its own entry (its data and its rendered HTML, which
 * the record of its ids shapes), its byline as resolved against the author
 * files, and of each related article what the list prints.
 */
export function articleKey({ article, authors, related }: ArticlePage): string {
  return cacheKey(
    article.id,
    article.data,
    htmlIdentity(article),
    authors,
    related.map(({ id, data }) => [id, data.title, data.date, data.lang, data.kind]),
  );
}

/** What an article page is made from. */
export interface ArticlePage {
  article: Article;
  authors: readonly BylineName[];
  related: readonly Article[];
}

/** A listing shows, of each article, its address, headline, date, language and kind. */
export function listingKey(articles: readonly Article[], ...more: unknown[]): string {
  return cacheKey(
    articles.map(({ id, data }) => [id, data.title, data.date, data.lang, data.kind]),
    ...more,
  );
}
