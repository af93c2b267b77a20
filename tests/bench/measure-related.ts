import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { articleTerms } from '../../src/lib/content/article-terms.ts';
import { readFrontMatter } from '../../src/lib/content/front-matter.ts';
import { relatedArticles, type Comparable } from '../../src/lib/content/related-articles.ts';
import type { GeneratedArticle } from './generate-articles.ts';

export interface RelatedResult {
  articles: number;
  /** Counting each article's words, as its rendering does (paid once per article rendered). */
  termsMs: number;
  /** Comparing every article with the collection: paid once a build. */
  relatedMs: number;
  /** Articles given at least one related article. */
  withRelated: number;
}

/**
 * What related reading costs the build at N articles: the words of each
 * (the rendering's share) and the comparison of all of them (once a build),
 * on the generated articles' own text.
 */
export function measureRelated(generated: readonly GeneratedArticle[]): RelatedResult {
  // The text as rendering has it (parsing Markdown is the rendering's cost, not this one's).
  const fronts = generated.map((article) => readFrontMatter(article.text)!);
  const texts = fronts.map((front) => toString(fromMarkdown(front.body)));
  const started = performance.now();
  const comparable: Comparable[] = fronts.map((front, index) => ({
    id: generated[index]!.id,
    date: new Date(String(front.data['date'])),
    tags: (front.data['tags'] as string[] | undefined) ?? [],
    terms: articleTerms(texts[index]!),
  }));
  const counted = performance.now();
  const related = relatedArticles(comparable);
  const done = performance.now();
  return {
    articles: generated.length,
    termsMs: counted - started,
    relatedMs: done - counted,
    withRelated: [...related.values()].filter((list) => list.length > 0).length,
  };
}
