import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getArticles } from '../lib/articles';
import { withBase } from '../lib/base-path';
import { SITE_DESCRIPTION, SITE_NAME } from '../lib/site';

/**
 * RSS 2.0 feed of every published article, newest first. Items carry the
 * standfirst (or the opening paragraph), not the full text: readers come to
 * the page, where paragraph links and search work.
 */
export const GET: APIRoute = async ({ site }) => {
  const articles = await getArticles();
  const base = import.meta.env.BASE_URL;
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: new URL(base, site),
    trailingSlash: true,
    customData: `<language>en</language>`,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: articles.map((article) => ({
      title: article.data.title,
      link: new URL(withBase(base, `articles/${article.id}/`), site).href,
      pubDate: article.data.date,
      description: article.data.description ?? firstParagraph(article.body ?? ''),
      categories: article.data.tags,
      // RSS's own <author> must be an e-mail address; a byline is dc:creator.
      ...(article.data.author ? { customData: `<dc:creator>${escapeXml(article.data.author)}</dc:creator>` } : {}),
    })),
  });
};

/** The first paragraph of a Markdown body as plain text (headings skipped). */
function firstParagraph(body: string): string {
  const block = body.split(/\n\s*\n/).find((part) => part.trim() && !part.trim().startsWith('#')) ?? '';
  return block.replace(/[*_`>#]|\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}
