import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articleHtml, getArticles } from '../lib/content/articles';
import { bylineOf } from '../lib/content/authors';
import { tagKey } from '../lib/content/tags';
import { articlePath, feedPath, pathWithBase } from '../lib/paths';
import { escapeMarkup } from '../lib/escape';
import { firstParagraphText } from '../lib/first-paragraph';
import { FEED_ITEMS, SITE_DESCRIPTION, SITE_NAME } from '../lib/meta/site';

/**
 * RSS 2.0 feed of the newest published articles, newest first. Items carry the
 * standfirst (or the opening paragraph as the page shows it), not the full
 * text: readers come to the page, where paragraph links and search work.
 */
export const GET: APIRoute = async ({ site }) => {
  const articles = (await getArticles()).slice(0, FEED_ITEMS);
  const self = new URL(pathWithBase(feedPath), site).href;
  // The feed changed when its newest article appeared or was last updated; not at every build.
  const changed = Math.max(0, ...articles.map(({ data }) => (data.updated ?? data.date).getTime()));
  const bylines = await Promise.all(articles.map(bylineOf));
  const credited = bylines.some((names) => names.length > 0);
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: new URL(pathWithBase(''), site),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', ...(credited ? { dc: 'http://purl.org/dc/elements/1.1/' } : {}) },
    customData: [
      '<language>en</language>',
      articles.length > 0 ? `<lastBuildDate>${new Date(changed).toUTCString()}</lastBuildDate>` : '',
      `<atom:link href="${escapeMarkup(self)}" rel="self" type="application/rss+xml"/>`,
    ].join(''),
    items: articles.map((article, index) => ({
      title: article.data.title,
      link: new URL(pathWithBase(articlePath(article.id)), site).href,
      pubDate: article.data.date,
      description: article.data.description ?? firstParagraphText(articleHtml(article) ?? article.rendered?.html ?? ''),
      // One category a tag, as one page a tag: `US` and `us` are one.
      categories: [...new Map(article.data.tags.map((tag) => [tagKey(tag), tag])).values()],
      // RSS's own <author> must be an e-mail address; a byline is dc:creator.
      customData: bylines[index]!.map(({ name }) => `<dc:creator>${escapeMarkup(name)}</dc:creator>`).join(''),
    })),
  });
};
