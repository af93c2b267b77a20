import { KIND_LABELS, STORY_KINDS, type StoryKind } from '../content/story-kind';
import { groupByTag } from '../content/tags';

interface Filterable {
  data: { tags: string[]; date: Date; kind: StoryKind };
}

/**
 * The tag, year and kind filters and the sort the search page offers for a
 * collection. A tag is offered once per tag page (`US` and `us` are one),
 * filtered by its key, named as its page names it.
 */
export function filterChoices(articles: readonly Filterable[]): {
  tags: { key: string; name: string }[];
  years: string[];
  /** The kinds of story the collection holds, in the order STORY_KINDS gives. */
  kinds: { key: StoryKind; name: string }[];
  sortable: boolean;
} {
  const kinds = new Set(articles.map((article) => article.data.kind));
  const years = new Set(articles.map((article) => String(article.data.date.getUTCFullYear())));
  return {
    tags: groupByTag([...articles]).map(({ key, name }) => ({ key, name })),
    years: [...years].sort().reverse(),
    kinds: STORY_KINDS.filter((kind) => kinds.has(kind)).map((key) => ({ key, name: KIND_LABELS[key] })),
    sortable: articles.length > 1,
  };
}
