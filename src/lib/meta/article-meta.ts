import { authorPath, pathWithBase, socialCardPath } from '../paths.ts';
import type { BylineName } from '../content/bylines.ts';
import type { ArticleData } from '../content/article-schema.ts';
import { newsArticleLd } from './news-article-ld.ts';
import { LOGO, SITE_NAME, SOCIAL_IMAGE } from './site.ts';

/** How an article's link previews (Open Graph, Twitter) show it. */
export interface SocialImage {
  url: string;
  alt: string;
  width?: number;
  height?: number;
}

/**
 * What the article page tells machines about itself: its absolute address,
 * the image link previews show (its own, else the card drawn at build time)
 * and its schema.org `NewsArticle`.
 */
export function articleMeta(
  article: { id: string; data: ArticleData },
  byline: readonly BylineName[],
  pathname: string,
  site: URL,
) {
  const { title, description, date, updated, lang, kind, tags, image, imageAlt, corrections } = article.data;
  const absolute = (path: string) => new URL(pathWithBase(path), site).href;
  const pageUrl = new URL(pathname, site).href;
  const socialImage: SocialImage = image
    ? { url: /^https?:\/\//.test(image) ? image : absolute(image), alt: imageAlt ?? title }
    : { url: absolute(socialCardPath(article.id)), alt: `${title} (${SITE_NAME})`, ...SOCIAL_IMAGE };
  const ld = newsArticleLd({
    url: pageUrl,
    headline: title,
    description,
    published: date,
    updated,
    corrections,
    authors: byline.map(({ name, slug }) => ({ name, url: slug ? absolute(authorPath(slug)) : undefined })),
    kind,
    tags,
    lang,
    image: socialImage.url,
    publisher: {
      name: SITE_NAME,
      url: absolute(''),
      logo: { url: absolute(LOGO.path), width: LOGO.width, height: LOGO.height },
    },
  });
  return { pageUrl, socialImage, ld };
}
