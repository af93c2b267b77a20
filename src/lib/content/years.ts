/** Articles grouped by year of publication, newest year first (input order kept within a year). */
export function groupByYear<T extends { data: { date: Date } }>(articles: T[]): [number, T[]][] {
  const years = new Map<number, T[]>();
  for (const article of articles) {
    const year = article.data.date.getUTCFullYear();
    const list = years.get(year);
    if (list) list.push(article);
    else years.set(year, [article]);
  }
  return [...years].sort(([a], [b]) => b - a);
}
