import { tagKey } from './tags.ts';

/** What related reading compares of an article. */
export interface Comparable {
  id: string;
  date: Date;
  tags: readonly string[];
  /** Its most used words and their counts (article-terms.ts). */
  terms: Readonly<Record<string, number>>;
}

/** How much sharing every tag counts against having the same words (both 0–1). */
const TAG_WEIGHT = 0.5;

/**
 * Up to `limit` related articles for each article, by what they share: tags
 * (a rare tag counts more) and the words that set them apart from the rest
 * of the collection (TF-IDF cosine). Never the article itself, never one that
 * shares nothing; equal scores newest first, then by id, so every build agrees.
 *
 * A word in more than a fiftieth of a large collection (at least 50
 * articles) is skipped: it says little, and it would make the comparison
 * quadratic.
 */
export function relatedArticles(articles: readonly Comparable[], limit = 3): Map<string, string[]> {
  const n = articles.length;
  const common = Math.max(50, Math.ceil(n / 50));
  const byTerm = postings(articles.map((article) => Object.keys(article.terms)));
  const byTag = postings(articles.map((article) => [...new Set(article.tags.map(tagKey))]));
  const idf = (df: number) => Math.log(1 + n / df);
  // Each article's weight for each word it uses, normalised so that a full match scores 1.
  const weights = articles.map((article) => {
    const entries = Object.entries(article.terms).map(([term, count]) => {
      const df = byTerm.get(term)!.length;
      return [term, (1 + Math.log(count)) * idf(df)] as const;
    });
    const norm = Math.hypot(...entries.map(([, weight]) => weight)) || 1;
    return new Map(entries.map(([term, weight]) => [term, weight / norm]));
  });
  const scores = new Float64Array(n);
  const related = new Map<string, string[]>();
  articles.forEach((article, self) => {
    const touched: number[] = [];
    const add = (other: number, score: number) => {
      if (other === self) return;
      if (scores[other] === 0) touched.push(other);
      scores[other] = scores[other]! + score;
    };
    for (const [term, weight] of weights[self]!) {
      const users = byTerm.get(term)!;
      if (users.length > common) continue;
      for (const other of users) add(other, weight * weights[other]!.get(term)!);
    }
    const tags = [...new Set(article.tags.map(tagKey))];
    const tagTotal = tags.reduce((sum, tag) => sum + idf(byTag.get(tag)!.length), 0);
    for (const tag of tags) {
      const users = byTag.get(tag)!;
      for (const other of users) add(other, (TAG_WEIGHT * idf(users.length)) / tagTotal);
    }
    const best = touched
      .sort(
        (a, b) =>
          scores[b]! - scores[a]! ||
          articles[b]!.date.getTime() - articles[a]!.date.getTime() ||
          (articles[a]!.id < articles[b]!.id ? -1 : 1),
      )
      .slice(0, limit);
    related.set(
      article.id,
      best.map((index) => articles[index]!.id),
    );
    for (const index of touched) scores[index] = 0;
  });
  return related;
}

/** For each key, the indexes of the lists that hold it. */
function postings(lists: readonly string[][]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  lists.forEach((keys, index) => {
    for (const key of keys) {
      const list = map.get(key);
      if (list) list.push(index);
      else map.set(key, [index]);
    }
  });
  return map;
}
