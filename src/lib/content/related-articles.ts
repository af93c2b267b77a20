import { tagKey } from './tags.ts';

/** What related reading compares of an article. */
export interface Comparable {
  id: string;
  date: Date;
  tags: readonly string[];
  /** Its most used words and their counts (article-terms.ts). */
  terms: Readonly<Record<string, number>>;
  /** Never offered as related reading (paid-for content): it may list others, none lists it. */
  unlisted?: boolean;
}

/** How much sharing every tag counts against having the same words (both 0–1). */
const TAG_WEIGHT = 0.5;

/** The most articles a word may be in and still count (and a tag's most candidates); see below. */
const MOST_SHARERS = 200;

/**
 * Up to `limit` related articles for each article, by what they share: tags
 * (a rare tag counts more) and the words that set them apart from the rest
 * of the collection (TF-IDF cosine). Never the article itself, never one that
 * shares nothing; equal scores newest first, then by id, so every build agrees.
 *
 * A word in more than a fiftieth of the collection (at least 50 articles,
 * at most 200) is skipped: it says little, and it would make the comparison
 * quadratic. For the same reason a tag that common offers only its newest
 * that many articles as candidates; every candidate's score counts all the
 * tags it shares. With the ceiling each article costs the same whatever the
 * archive's size: at 50,000 articles a fiftieth would be 1,000 sharers a word.
 */
export function relatedArticles(articles: readonly Comparable[], limit = 3): Map<string, string[]> {
  const n = articles.length;
  const common = Math.min(MOST_SHARERS, Math.max(50, Math.ceil(n / 50)));
  const tagsOf = articles.map((article) => new Set(article.tags.map(tagKey)));
  const byTerm = postings(articles.map((article) => Object.keys(article.terms)));
  // Newest first, so that a common tag's newest sharers are its first.
  const newest = articles
    .map((_, index) => index)
    .sort((a, b) => articles[b]!.date.getTime() - articles[a]!.date.getTime());
  const byTag = postings(
    newest.map((index) => [...tagsOf[index]!]),
    newest,
  );
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
  // Each word's users with their weights side by side: the inner loop reads two arrays, no maps.
  const usersOf = new Map<string, { users: number[]; weights: Float64Array }>();
  for (const [term, users] of byTerm)
    usersOf.set(term, { users, weights: Float64Array.from(users, (user) => weights[user]!.get(term)!) });
  const scores = new Float64Array(n);
  const seen = new Uint8Array(n);
  const related = new Map<string, string[]>();
  articles.forEach((article, self) => {
    const touched: number[] = [];
    const touch = (other: number) => {
      if (other === self || seen[other] || articles[other]!.unlisted) return;
      seen[other] = 1;
      touched.push(other);
    };
    for (const [term, weight] of weights[self]!) {
      const { users, weights: theirs } = usersOf.get(term)!;
      if (users.length > common) continue;
      for (let k = 0; k < users.length; k++) {
        const other = users[k]!;
        if (other === self || articles[other]!.unlisted) continue;
        touch(other);
        scores[other] = scores[other]! + weight * theirs[k]!;
      }
    }
    // Every sharer of a rare tag is a candidate; of a common one, only its newest (the rest tie with them at best).
    const tags = [...tagsOf[self]!];
    for (const tag of tags) {
      const users = byTag.get(tag)!;
      for (let k = 0; k < Math.min(users.length, common); k++) touch(users[k]!);
    }
    const tagTotal = tags.reduce((sum, tag) => sum + idf(byTag.get(tag)!.length), 0);
    // Each candidate's score counts every tag it shares (a pass over each tag's sharers, marked or not).
    for (const tag of tags) {
      const users = byTag.get(tag)!;
      const bonus = (TAG_WEIGHT * idf(users.length)) / tagTotal;
      for (const other of users) if (seen[other]) scores[other] = scores[other]! + bonus;
    }
    related.set(
      article.id,
      best(touched, scores, articles, limit).map((index) => articles[index]!.id),
    );
    for (const index of touched) {
      scores[index] = 0;
      seen[index] = 0;
    }
  });
  return related;
}

/**
 * The `limit` best of the touched articles: highest score, then newest, then
 * by id. One pass keeping a short sorted list, not a sort of all of them
 * (a common tag touches thousands).
 */
function best(touched: number[], scores: Float64Array, articles: readonly Comparable[], limit: number): number[] {
  const before = (a: number, b: number) =>
    scores[a]! > scores[b]! ||
    (scores[a] === scores[b] &&
      (articles[a]!.date.getTime() > articles[b]!.date.getTime() ||
        (articles[a]!.date.getTime() === articles[b]!.date.getTime() && articles[a]!.id < articles[b]!.id)));
  const top: number[] = [];
  for (const index of touched) {
    if (top.length === limit && !before(index, top[limit - 1]!)) continue;
    let at = top.length === limit ? limit - 1 : top.length;
    while (at > 0 && before(index, top[at - 1]!)) at--;
    top.splice(at, 0, index);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** For each key, the indexes of the lists that hold it (or the `ids` given for them), in list order. */
function postings(lists: readonly string[][], ids?: readonly number[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  lists.forEach((keys, position) => {
    const index = ids ? ids[position]! : position;
    for (const key of keys) {
      const list = map.get(key);
      if (list) list.push(index);
      else map.set(key, [index]);
    }
  });
  return map;
}
