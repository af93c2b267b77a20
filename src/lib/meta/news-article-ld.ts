export interface NewsArticleFacts {
  /** Absolute URL of the article page. */
  url: string;
  headline: string;
  description?: string | undefined;
  published: Date;
  updated?: Date | undefined;
  /** Corrections since publication, each with its day. */
  corrections?: { date: Date; text: string }[] | undefined;
  /** The byline: each name, with the absolute URL of the author's page when they have one. */
  authors?: { name: string; url?: string | undefined }[] | undefined;
  /** The kind of story (schema.org's subtype of NewsArticle, or advertiser content). */
  kind?: StoryKind | undefined;
  tags: string[];
  lang: string;
  /** Absolute URL of the lead or social image. */
  image: string;
  publisher: { name: string; url: string; logo: { url: string; width: number; height: number } };
}

import { KIND_TYPES, type StoryKind } from '../content/story-kind.ts';

/**
 * schema.org `NewsArticle` (or the subtype for its kind: `OpinionNewsArticle`,
 * `AnalysisNewsArticle`, …) with the properties Google recommends for articles
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
  const corrections = facts.corrections ?? [];
  // Modified when last updated or corrected, whichever is later.
  const modified = [facts.published, facts.updated, ...corrections.map((c) => c.date)]
    .filter((date): date is Date => date !== undefined)
    .reduce((latest, date) => (date > latest ? date : latest));
  return {
    '@context': 'https://schema.org',
    '@type': KIND_TYPES[facts.kind ?? 'news'],
    headline: facts.headline,
    ...(facts.description ? { description: facts.description } : {}),
    image: [facts.image],
    datePublished: facts.published.toISOString(),
    dateModified: modified.toISOString(),
    author: facts.authors?.length
      ? facts.authors.map(({ name, url }) => ({ '@type': 'Person', name, ...(url ? { url } : {}) }))
      : [publisher],
    publisher,
    mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
    url: facts.url,
    inLanguage: facts.lang,
    ...(facts.tags.length > 0 ? { keywords: facts.tags.join(', ') } : {}),
    ...(corrections.length > 0
      ? {
          correction: corrections.map((c) => ({
            '@type': 'CorrectionComment',
            datePublished: c.date.toISOString(),
            text: c.text,
          })),
        }
      : {}),
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
