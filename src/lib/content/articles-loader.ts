import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { articleId } from './article-id.ts';
import type { ArticleData } from './article-schema.ts';
import { writeArticleList } from './article-list.ts';
import { hasBodyText } from './body-text.ts';
import { checkArticleFiles, NO_BODY_TEXT } from './content-checks.ts';

/**
 * Astro's glob loader for the Markdown articles in `base`, with the checks
 * its schema cannot make: before loading, the files themselves
 * (content-checks.ts); after, that each rendered article has text under its
 * headline. Any problem fails the build listing every bad file and what is
 * wrong with it, instead of a page silently missing or holding the wrong date.
 * It then writes the article list the search index is built from.
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
      fail(base, checkArticleFiles(files));
      await inner.load(context);
      fail(base, emptyArticles(context, folder));
      writeArticleList(
        context.config.cacheDir,
        [...context.store.values()].map(({ id, data }) => {
          const { date, lang, draft } = data as ArticleData;
          return { id, day: new Date(date).toISOString().slice(0, 10), lang, draft };
        }),
      );
    },
  };
}

function fail(base: string, problems: string[]): void {
  if (problems.length > 0)
    throw new Error(`${problems.length} problem(s) in the articles in ${base}:\n  ${problems.join('\n  ')}`);
}

/** Articles whose page would hold a headline and nothing under it; checked once per version of each article. */
function emptyArticles({ store, meta }: LoaderContext, folder: string): string[] {
  const problems: string[] = [];
  for (const entry of store.values()) {
    const key = `body-text:${entry.id}`;
    const digest = entry.digest === undefined ? undefined : String(entry.digest);
    if (digest && meta.get(key) === digest) continue;
    if (hasBodyText(entry.rendered?.html ?? '')) {
      if (digest) meta.set(key, digest);
    } else problems.push(`${entry.filePath ? relative(folder, resolve(entry.filePath)) : entry.id}: ${NO_BODY_TEXT}`);
  }
  return problems;
}
