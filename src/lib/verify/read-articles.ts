import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { articleId as siteArticleId } from '../article-id.ts';

/** A Markdown source file of the collection, with what decides its page. */
export interface SourceArticle {
  /** The file as `content/x.md`, for reports. */
  file: string;
  /** The entry id Astro gives it, hence its page `articles/<id>/`. */
  id: string;
  /** `draft: true` in front matter: must have no page. */
  draft: boolean;
  /** Markdown after the front matter. */
  body: string;
  /** Line of `file` on which `body` begins, so paragraphs can be reported by line. */
  bodyLine: number;
  /** Why the front matter could not be read, if it could not. */
  error?: string;
}

// Astro's front matter rule (@astrojs/internal-helpers/frontmatter): a `---`
// block at the very start of the file, optionally after a BOM or blank lines.
const frontMatter = /^(\uFEFF?|\s*\n)---([\s\S]*?\n)---/;

/**
 * The id the site gives an entry (`src/lib/article-id.ts`, the loader's
 * `generateId`); a `slug` in front matter, which Astro's default would honour,
 * is reported as the id it asks for.
 */
export function articleId(relativePath: string, data: Record<string, unknown>): string {
  return data['slug'] ? String(data['slug']) : siteArticleId(relativePath);
}

/** Read one source file; `relativePath` is inside the content folder, `/`-separated. */
export function parseArticle(relativePath: string, source: string, contentDir = 'content'): SourceArticle {
  const file = `${contentDir.replace(/\/+$/, '')}/${relativePath}`;
  const text = source.replace(/\r\n?/g, '\n');
  const match = frontMatter.exec(text);
  let data: Record<string, unknown> = {};
  let error: string | undefined;
  if (match) {
    try {
      const parsed: unknown = parse(match[2] ?? '');
      if (parsed && typeof parsed === 'object') data = parsed as Record<string, unknown>;
    } catch (caught) {
      error = `front matter is not valid YAML: ${(caught as Error).message.split('\n')[0]}`;
    }
  }
  const head = match ? match[0] : '';
  const article: SourceArticle = {
    file,
    id: articleId(relativePath, data),
    draft: data['draft'] === true,
    body: text.slice(head.length),
    bodyLine: head.split('\n').length,
  };
  if (error) article.error = error;
  return article;
}

/**
 * Every `**\/*.md` of the content folder, as the glob loader finds them
 * (tinyglobby skips dot files and dot folders by default), sorted by path.
 */
export function readArticles(contentDir: string): SourceArticle[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split('\\').join('/'))
    .filter((path) => path.endsWith('.md') && !path.split('/').some((part) => part.startsWith('.')))
    .sort()
    .map((path) => parseArticle(path, readFileSync(join(contentDir, path), 'utf8'), contentDir));
}
