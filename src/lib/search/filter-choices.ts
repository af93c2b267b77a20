import { groupByTag } from '../content/tags';

interface Filterable {
  data: { tags: string[]; date: Date };
}

/**
 * The tag and year filters and the sort the search page offers for a
 * collection. A tag is offered once per tag page (`US` and `us` are one),
 * filtered by its key, named as its page names it.
 */
export function filterChoices(articles: readonly Filterable[]): {
  tags: { key: string; name: string }[];
  years: string[];
  sortable: boolean;
} {
  const years = new Set(articles.map((article) => String(article.data.date.getUTCFullYear())));
  return {
    tags: groupByTag([...articles]).map(({ key, name }) => ({ key, name })),
    years: [...years].sort().reverse(),
    sortable: articles.length > 1,
  };
}
