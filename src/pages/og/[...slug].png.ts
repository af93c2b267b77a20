import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../lib/content/articles';
import { articleCard } from '../../lib/social-card/article-card';
import type { SocialCard } from '../../lib/social-card/social-image';
import { socialImage } from '../../lib/social-card/social-image-cache';

/**
 * One social preview image per article, for the dev server. A build renders
 * none of these pages: the social-cards integration links each card from
 * the card cache into the output, which costs no page and no second write.
 */
export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const articles = await getArticles();
  return articles.map(({ id, data }) => ({ params: { slug: id }, props: { card: articleCard(data) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: SocialCard }> = async ({ props: { card } }) => {
  const png = await socialImage(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
