import { plural, type CheckResult, type Problem } from './types.ts';

/** Totals for the closing line when everything passes. */
export interface Totals {
  dist: string;
  pages: number;
  articles: number;
  links: number;
}

/**
 * The report: a ✓/✗ line per check with its counts, then that check's
 * problems grouped by file, then one closing line.
 */
export function formatReport(results: CheckResult[], totals: Totals): string {
  const lines: string[] = [];
  let count = 0;
  for (const result of results) {
    count += result.problems.length;
    const mark = result.problems.length ? '✗' : '✓';
    const found = result.problems.length ? `, ${plural(result.problems.length, 'problem')}` : '';
    lines.push(`${mark} ${result.name}: ${result.summary}${found}`);
    for (const [file, problems] of byFile(result.problems)) {
      lines.push(`  ${file}`);
      for (const problem of problems) lines.push(`    ${where(problem)}${problem.message}`);
    }
  }
  lines.push(
    count
      ? `verify: ${plural(count, 'problem')}`
      : `verify: ${totals.dist}/ OK (${plural(totals.pages, 'page')}, ${plural(totals.articles, 'article')}, ${plural(totals.links, 'link')})`,
  );
  return lines.join('\n');
}

function byFile(problems: Problem[]): Map<string, Problem[]> {
  const groups = new Map<string, Problem[]>();
  for (const problem of problems) groups.set(problem.file, [...(groups.get(problem.file) ?? []), problem]);
  for (const group of groups.values())
    group.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return groups;
}

function where(problem: Problem): string {
  if (problem.line === undefined) return '';
  return problem.column === undefined ? `line ${problem.line}: ` : `line ${problem.line}:${problem.column}: `;
}
