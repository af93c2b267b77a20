/** What an article is ordered by. */
export interface Dated {
  date: Date;
  title: string;
}

/**
 * Newest first; articles of the same moment in a stable order by title.
 * The order of every article list, and so of the card pages, which the
 * loader's background cards follow (articles-loader.ts).
 */
export function newestFirst(a: Dated, b: Dated): number {
  return b.date.getTime() - a.date.getTime() || a.title.localeCompare(b.title);
}
