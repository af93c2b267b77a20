import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../lib/content/articles';
import { formatDay } from '../../lib/format-date';
import { SITE_NAME } from '../../lib/meta/site';
import type { SocialCard } from '../../lib/social-card/social-image';
import { socialImage } from '../../lib/social-card/social-image-cache';

/** How many cards ahead of the one being written start drawing. */
const LOOKAHEAD = 8;

/** One social preview image per article, drawn at build time. */
export const getStaticPaths = (async () => {
  const articles = await getArticles();
  const cards: SocialCard[] = articles.map(({ data }) => ({
    title: data.title,
    date: formatDay(data.date, data.lang),
    siteName: SITE_NAME,
  }));
  return articles.map((article, index) => ({ params: { slug: article.id }, props: { cards, index } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ cards: SocialCard[]; index: number }> = async ({ props: { cards, index } }) => {
  const png = await socialImage(cards[index]!, cards.slice(index + 1, index + 1 + LOOKAHEAD));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
