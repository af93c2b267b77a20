import { parseDocument } from 'yaml';
import { articleId } from './article-id.ts';

/** One article file as read from disk: its path in the content folder and its bytes. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * What the schema cannot see, because the loader has already decoded the
 * file, parsed its YAML and turned dates into `Date`s by then: a file that is
 * not UTF-8 (decoded into U+FFFD), YAML that does not parse, a day that does
 * not exist (`2023-02-30` becomes 2 March), an empty body, two files with one
 * id (the second would silently replace the first).
 */
export function checkArticleFiles(files: SourceFile[]): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string>();
  for (const file of files) {
    problems.push(...checkArticleFile(file).map((problem) => `${file.path}: ${problem}`));
    const id = articleId(file.path);
    const owner = owners.get(id);
    if (owner) problems.push(`${file.path}: has the same slug "${id}" as ${owner}; rename one of them`);
    else owners.set(id, file.path);
  }
  return problems;
}

/** Problems of one file, each a sentence without the file name. */
export function checkArticleFile(file: SourceFile): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return [`is not UTF-8 text (line ${firstBadLine(file.bytes)}); save it as UTF-8`];
  }
  const match = FRONT_MATTER.exec(text.replace(/^\uFEFF/, ''));
  if (!match) return ['has no front matter (a block between "---" lines at the top with at least title and date)'];
  const problems: string[] = [];
  const document = parseDocument(match[1]!, { prettyErrors: true });
  for (const error of document.errors) {
    problems.push(`front matter is not valid YAML: ${error.message.split('\n')[0]}`);
  }
  if (document.errors.length === 0) {
    const data: unknown = document.toJS();
    for (const field of ['date', 'updated']) {
      const value = isRecord(data) ? data[field] : undefined;
      if (typeof value === 'string' && DAY.test(value) && !isRealDay(value)) {
        problems.push(`${field}: ${value} is not a real day`);
      }
    }
  }
  const body = text.slice(match.index + match[0].length);
  if (!/[\p{L}\p{N}]/u.test(body.replace(/^#.*$/gm, ''))) problems.push('has no body text: write at least one paragraph');
  return problems;
}

function isRealDay(value: string): boolean {
  const [, year, month, day] = DAY.exec(value)!.map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month! - 1 && date.getUTCDate() === day;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The line of the first byte that is not UTF-8 (as a lenient decoder marks it). */
function firstBadLine(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
}
