/** One thing wrong with the built site, said precisely enough to fix it. */
export interface Problem {
  /** Path as the reader would type it: `dist/articles/x/index.html`, `content/x.md`. */
  file: string;
  /** 1-based line in `file`, when the problem has one place. */
  line?: number;
  /** 1-based column on `line`, when known. */
  column?: number;
  message: string;
}

/** What one check found: a headline for the report and every problem, not just the first. */
export interface CheckResult {
  name: string;
  /** Counts for the header line, e.g. `3 published articles, 3 pages`. */
  summary: string;
  /** How many things were checked (articles, links…), for totals. */
  checked: number;
  problems: Problem[];
}

/** `1 page`, `3 pages`: counts in report lines. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
