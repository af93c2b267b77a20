import { slug } from 'github-slugger';

/** Site-relative path of a tag's page: `Middle East` → `tags/middle-east/`. */
export function tagPath(tag: string): string {
  return `tags/${slug(tag) || 'tag'}/`;
}

export interface TagGroup<T> {
  /** The tag as first written. */
  name: string;
  slug: string;
  articles: T[];
}

/**
 * Every tag with the articles that carry it, alphabetical. Tags that differ
 * only in case or punctuation (`US`, `us`) share one page.
 */
export function groupByTag<T extends { data: { tags: string[] } }>(articles: T[]): TagGroup<T>[] {
  const groups = new Map<string, TagGroup<T>>();
  for (const article of articles) {
    for (const tag of new Set(article.data.tags)) {
      const key = slug(tag) || 'tag';
      const group = groups.get(key) ?? { name: tag, slug: key, articles: [] };
      if (!group.articles.includes(article)) group.articles.push(article);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** Articles grouped by year of publication, newest year first (input order kept within a year). */
export function groupByYear<T extends { data: { date: Date } }>(articles: T[]): [number, T[]][] {
  const years = new Map<number, T[]>();
  for (const article of articles) {
    const year = article.data.date.getUTCFullYear();
    years.set(year, [...(years.get(year) ?? []), article]);
  }
  return [...years].sort(([a], [b]) => b - a);
}
