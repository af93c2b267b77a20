import { slug } from 'github-slugger';

/**
 * What makes two tags the same tag: `US`, `us` and `U.S.` are one, with one
 * page, one search filter and one feed category. (`tag` when nothing is left.)
 */
export function tagKey(tag: string): string {
  return slug(tag) || 'tag';
}

export interface TagGroup<T> {
  /** The tag as first written. */
  name: string;
  key: string;
  articles: T[];
}

/** Every tag with the articles that carry it, alphabetical; tags with one key share a group. */
export function groupByTag<T extends { data: { tags: string[] } }>(articles: T[]): TagGroup<T>[] {
  const groups = new Map<string, TagGroup<T>>();
  for (const article of articles) {
    for (const tag of article.data.tags) {
      const key = tagKey(tag);
      const group = groups.get(key) ?? { name: tag, key, articles: [] };
      if (!group.articles.includes(article)) group.articles.push(article);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.name.localeCompare(b.name));
}
