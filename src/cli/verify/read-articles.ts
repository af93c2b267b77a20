import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTHORS_FOLDER } from '../../lib/content/author-schema.ts';
import { articleId } from '../../lib/content/article-id.ts';
import { readFrontMatter } from '../../lib/content/front-matter.ts';

/** A Markdown source file of the collection, with what decides its page. */
export interface SourceArticle {
  /** The file as `content/x.md`, for reports. */
  file: string;
  /** The entry id the site gives it (src/lib/content/article-id.ts), hence its page `articles/<id>/`. */
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

/** Read one source file; `relativePath` is inside the content folder, `/`-separated. */
export function parseArticle(relativePath: string, source: string, contentDir = 'content'): SourceArticle {
  const file = `${contentDir.replace(/\/+$/, '')}/${relativePath}`;
  const frontMatter = readFrontMatter(source.replace(/\r\n?/g, '\n'));
  const article: SourceArticle = {
    file,
    id: articleId(relativePath),
    draft: frontMatter?.data['draft'] === true,
    body: frontMatter?.body ?? source,
    bodyLine: frontMatter?.bodyLine ?? 1,
  };
  const [error] = frontMatter?.errors ?? [];
  if (error) article.error = `front matter is not valid YAML: ${error}`;
  return article;
}

/**
 * Every `**\/*.md` of the content folder, as the glob loader finds them
 * (tinyglobby skips dot files and dot folders by default), sorted by path;
 * not the author files (`authors/`), a collection of their own.
 */
export function readArticles(contentDir: string): SourceArticle[] {
  return readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
    .map((entry) => entry.split('\\').join('/'))
    .filter((path) => path.endsWith('.md') && !path.split('/').some((part) => part.startsWith('.')))
    .filter((path) => !path.startsWith(`${AUTHORS_FOLDER}/`))
    .sort()
    .map((path) => parseArticle(path, readFileSync(join(contentDir, path), 'utf8'), contentDir));
}

/** The author files (`authors/<slug>.md`) as `content/authors/x.md` with their slug. */
export function readAuthorFiles(contentDir: string): { file: string; slug: string }[] {
  const folder = join(contentDir, AUTHORS_FOLDER);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ file: join(contentDir, AUTHORS_FOLDER, name), slug: name.slice(0, -'.md'.length) }));
}
