import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { articleId } from './article-id.ts';
import { checkArticleFiles } from './content-checks.ts';

/**
 * Astro's glob loader for the Markdown articles in `base`, preceded by the
 * checks its schema cannot make (see `content-checks.ts`). Any problem fails
 * the build with every bad file and what is wrong with it, instead of a page
 * silently missing or holding the wrong date.
 */
export function articlesLoader(base: string): Loader {
  const inner = glob({ pattern: '**/*.md', base, generateId: ({ entry }) => articleId(entry) });
  return {
    name: 'broadsheet-articles',
    load: async (context) => {
      const folder = resolve(base);
      const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((path) => path.toLowerCase().endsWith('.md'))
        .sort()
        .map((path) => ({ path, bytes: readFileSync(join(folder, path)) }));
      const problems = checkArticleFiles(files);
      if (problems.length > 0) {
        throw new Error(`${problems.length} problem(s) in the articles in ${base}:\n  ${problems.join('\n  ')}`);
      }
      await inner.load(context);
    },
  };
}
