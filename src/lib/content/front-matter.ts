import { parseDocument } from 'yaml';

/** An article file's front matter and the Markdown after it. */
export interface FrontMatter {
  /** The parsed YAML when it is a mapping, else `{}`. */
  data: Record<string, unknown>;
  /** Why the YAML does not parse: the first line of each error. */
  errors: string[];
  /** The Markdown after the closing `---`. */
  body: string;
  /** 1-based line of the file on which `body` starts. */
  bodyLine: number;
}

// Astro's own rule (@astrojs/internal-helpers/frontmatter), so every reader
// agrees with what the site renders: a block between `---` lines at the very
// start of the file, after an optional byte-order mark or blank lines.
const BLOCK = /^(?:\uFEFF?|\s*\n)---([\s\S]*?\n)---/;

/**
 * The one front-matter reader: the content checks, `npm run verify`, the
 * importer's checks and the tests all read articles with it. `undefined`
 * when the file has no front matter block.
 */
export function readFrontMatter(text: string): FrontMatter | undefined {
  const match = BLOCK.exec(text);
  if (!match) return undefined;
  const document = parseDocument(match[1]!, { prettyErrors: true });
  const errors = document.errors.map((error) => error.message.split('\n')[0]!);
  const parsed: unknown = errors.length ? undefined : document.toJS();
  const data =
    parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  return { data, errors, body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
