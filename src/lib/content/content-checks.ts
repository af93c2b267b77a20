import { articleId } from './article-id.ts';
import { readFrontMatter, type FrontMatter } from './front-matter.ts';
import { isRealDay } from './real-day.ts';

export const NO_BODY_TEXT = 'has no body text: write at least one paragraph';

/** One article file as read from disk: its path in the content folder and its bytes. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

/**
 * What the schema cannot see, because the loader has already decoded the
 * file, parsed its YAML and turned dates into `Date`s by then: a file that is
 * not UTF-8 (decoded into U+FFFD), YAML that does not parse, a day that does
 * not exist (`2023-02-30` becomes 2 March), two files with one id (the second
 * would silently replace the first), a body with nothing to read. `each`
 * checks one file (default: `checkArticleFile`; the loader skips files it
 * checked before).
 */
export function checkArticleFiles(
  files: SourceFile[],
  each: (file: SourceFile) => string[] = checkArticleFile,
): string[] {
  const problems: string[] = [];
  const owners = new Map<string, string>();
  for (const file of files) {
    problems.push(...each(file).map((problem) => `${file.path}: ${problem}`));
    const id = articleId(file.path);
    const owner = owners.get(id);
    if (owner) problems.push(`${file.path}: has the same slug "${id}" as ${owner}; rename one of them`);
    else owners.set(id, file.path);
  }
  return problems;
}

/** Problems of one file, each a sentence without the file name. */
export function checkArticleFile(file: SourceFile): string[] {
  return inspectArticleFile(file).problems;
}

/** Problems of one file, and its front matter when it has one. */
export function inspectArticleFile(file: SourceFile): { problems: string[]; frontMatter?: FrontMatter } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return { problems: [`is not UTF-8 text (line ${firstBadLine(file.bytes)}); save it as UTF-8`] };
  }
  const frontMatter = readFrontMatter(text);
  if (!frontMatter)
    return { problems: ['has no front matter (a block between "---" lines at the top with at least title and date)'] };
  const problems = frontMatter.errors.map((error) => `front matter is not valid YAML: ${error}`);
  for (const field of ['date', 'updated']) {
    const value = frontMatter.data[field];
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !isRealDay(value))
      problems.push(`${field}: ${value} is not a real day`);
  }
  // Not one letter or digit after the front matter: nothing to render, so say it now, with the rest.
  // (A body of headings alone is caught once rendered: articles-loader.ts.)
  if (!/[\p{L}\p{N}]/u.test(frontMatter.body)) problems.push(NO_BODY_TEXT);
  return { problems, frontMatter };
}

/** The line of the first byte that is not UTF-8 (as a lenient decoder marks it). */
function firstBadLine(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
}
