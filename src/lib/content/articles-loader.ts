import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { articleId } from './article-id.ts';
import type { ArticleData } from './article-schema.ts';
import { writeArticleList } from './article-list.ts';
import { inspectRendered } from './rendered-article.ts';
import { renderingCode } from './rendering-code.ts';
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
      // The schema or the plugins changed since the articles were last rendered: render them all again.
      const code = renderingCode();
      if (context.meta.get('rendering-code') !== code) {
        context.store.clear();
        context.meta.set('rendering-code', code);
      }
      await inner.load(context);
      fail(base, renderedProblems(context, folder, code));
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

/**
 * What only the rendered article shows: a headline with nothing under it, a
 * correction for a paragraph no id names (current or recorded). Checked once
 * per version of each article.
 */
function renderedProblems({ store, meta }: LoaderContext, folder: string, code: string): string[] {
  const problems: string[] = [];
  for (const entry of store.values()) {
    const key = `rendered-checks:${entry.id}`;
    const digest = entry.digest === undefined ? undefined : `${String(entry.digest)} ${code}`;
    if (digest && meta.get(key) === digest) continue;
    const file = entry.filePath ? relative(folder, resolve(entry.filePath)) : entry.id;
    const { hasText, ids } = inspectRendered(entry.rendered?.html ?? '');
    const found = [...(hasText ? [] : [`${file}: ${NO_BODY_TEXT}`])];
    for (const [index, correction] of (entry.data as ArticleData).corrections.entries()) {
      if (correction.paragraph && !ids.has(correction.paragraph)) {
        found.push(
          `${file}: corrections[${index}].paragraph: no paragraph has the id "${correction.paragraph}" (current or recorded)`,
        );
      }
    }
    if (found.length === 0 && digest) meta.set(key, digest);
    problems.push(...found);
  }
  return problems;
}
