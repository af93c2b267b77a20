interface Filterable {
  data: { tags: string[]; date: Date };
}

/** The tag and year filters and the sort choice the search page offers for a collection. */
export function filterChoices(articles: readonly Filterable[]): { tags: string[]; years: string[]; sortable: boolean } {
  const tags = new Set(articles.flatMap((article) => article.data.tags));
  const years = new Set(articles.map((article) => String(article.data.date.getUTCFullYear())));
  return {
    tags: [...tags].sort((a, b) => a.localeCompare(b)),
    years: [...years].sort().reverse(),
    sortable: articles.length > 1,
  };
}
