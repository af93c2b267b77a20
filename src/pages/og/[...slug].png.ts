import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../../lib/articles';
import { formatDay } from '../../lib/format-date';
import { SITE_NAME } from '../../lib/site';
import { cachedSocialImage } from '../../lib/social-image';

/** One social preview image per article, drawn at build time. */
export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.map((article) => ({ params: { slug: article.id }, props: { article } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) => {
  const { title, date, lang } = props.article.data;
  const png = await cachedSocialImage({ title, date: formatDay(date, lang), siteName: SITE_NAME });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
