import { getArticles, renderedFacts, type Article } from './articles';
import { relatedArticles } from './related-articles';

let related: Promise<Map<string, Article[]>> | undefined;

/** Each published article's related reading (related-articles.ts), computed once a build. */
export function getRelated(): Promise<Map<string, Article[]>> {
  related ??= getArticles().then((articles) => {
    const byId = new Map(articles.map((article) => [article.id, article]));
    const ids = relatedArticles(
      articles.map((article) => ({
        id: article.id,
        date: article.data.date,
        tags: article.data.tags,
        terms: renderedFacts(article)?.terms ?? {},
        // Paid-for content is never recommended beside the newsroom's own.
        unlisted: article.data.kind === 'sponsored',
      })),
    );
    return new Map([...ids].map(([id, others]) => [id, others.map((other) => byId.get(other)!)]));
  });
  return related;
}
