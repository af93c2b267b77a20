import { tagKey } from './content/tags.ts';

/**
 * Every address on the site, relative to its base path (`BASE_PATH`); one
 * place, so pages, feed, scripts and `npm run verify` agree on each.
 */

/** A site-relative path under the base (`import.meta.env.BASE_URL`, `/news/`): exactly one slash between. */
export function withBase(base: string, path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** `path` under the base this build was made for; for pages and components (Vite fills in `BASE_URL`). */
export function pathWithBase(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

/** An article's page: `articles/world/grain-talks/`. */
export const articlePath = (id: string): string => `articles/${id}/`;

/** A tag's page: `Middle East` → `tags/middle-east/` (tags differing only in case share one). */
export const tagPath = (tag: string): string => `tags/${tagKey(tag)}/`;

/** An author's page (`authors/mara-lind/`), and page `n` of their articles after the first. */
export const authorPath = (slug: string, page = 1): string =>
  page > 1 ? `authors/${slug}/${page}/` : `authors/${slug}/`;
export const authorsPath = 'authors/';

/** The archive's front page, and one year of it. */
export const archivePath = 'archive/';
export const yearPath = (year: number | string): string => `archive/${year}/`;

/** The search page, with a query when given. */
export const searchPath = (query?: string): string => (query ? `search/?q=${encodeURIComponent(query)}` : 'search/');

/** The folder of the social cards, and an article's card in it (drawn at build time). */
export const socialCardFolder = 'og/';
export const socialCardPath = (id: string): string => `${socialCardFolder}${id}.png`;

export const feedPath = 'rss.xml';

/** The HTML file a page path is written to: `articles/x/` → `articles/x/index.html`. */
export const fileOf = (path: string): string => (path === '' || path.endsWith('/') ? `${path}index.html` : path);
