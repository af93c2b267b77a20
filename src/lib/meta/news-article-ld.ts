export interface NewsArticleFacts {
  /** Absolute URL of the article page. */
  url: string;
  headline: string;
  description?: string | undefined;
  published: Date;
  updated?: Date | undefined;
  author?: string | undefined;
  tags: string[];
  lang: string;
  /** Absolute URL of the lead or social image. */
  image: string;
  publisher: { name: string; url: string; logo: { url: string; width: number; height: number } };
}

/**
 * schema.org `NewsArticle` with the properties Google recommends for articles
 * (https://developers.google.com/search/docs/appearance/structured-data/article).
 * Without a byline the publisher itself is the author.
 */
export function newsArticleLd(facts: NewsArticleFacts): Record<string, unknown> {
  const publisher = {
    '@type': 'Organization',
    name: facts.publisher.name,
    url: facts.publisher.url,
    logo: { '@type': 'ImageObject', ...facts.publisher.logo },
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    ...(facts.description ? { description: facts.description } : {}),
    image: [facts.image],
    datePublished: facts.published.toISOString(),
    dateModified: (facts.updated ?? facts.published).toISOString(),
    author: facts.author ? [{ '@type': 'Person', name: facts.author }] : [publisher],
    publisher,
    mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
    url: facts.url,
    inLanguage: facts.lang,
    ...(facts.tags.length > 0 ? { keywords: facts.tags.join(', ') } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`. `<` is escaped so a
 * headline holding `</script>` cannot end the block and start markup.
 */
export function serializeLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
