import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../lib/content/articles';
import { cacheKey } from '../../lib/build/cache-keys';
import { articleCard } from '../../lib/social-card/article-card';
import type { SocialCard } from '../../lib/social-card/social-image';
import { drawingKey, socialImage } from '../../lib/social-card/social-image-cache';

/** How many cards ahead of the one being written start drawing. */
const LOOKAHEAD = 8;

/** One social preview image per article, drawn at build time (most already by the loader: articles-loader.ts). */
export const getStaticPaths = (async () => {
  const articles = await getArticles();
  const cards = articles.map(({ data }) => articleCard(data));
  // The drawing code runs in worker processes, out of the route's sight: its key joins the card's.
  const drawing = drawingKey();
  return articles.map((article, index) => ({
    params: { slug: article.id },
    props: { cards, index },
    cacheKey: cacheKey(cards[index], drawing),
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ cards: SocialCard[]; index: number }> = async ({ props: { cards, index } }) => {
  const png = await socialImage(cards[index]!, cards.slice(index + 1, index + 1 + LOOKAHEAD));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
