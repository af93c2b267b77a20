import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readArticleList } from '../lib/content/article-list.ts';
import { releaseHeap } from '../lib/build/release-heap.ts';
import { articlePath, fileOf } from '../lib/paths.ts';
import { writeSearchBundles } from './pagefind-bundles.ts';

export interface SearchIndexOptions {
  /** Articles in the newest bundle (`SEARCH_RECENT_ARTICLES`); a collection under twice this stays one bundle. */
  recentArticles: number;
}

/**
 * The search index as the last step of `astro build`, so that any host that
 * runs the build ships a searchable site: the published articles, as the
 * content collection lists them (src/lib/content/article-list.ts), indexed
 * from their built pages with Pagefind.
 */
export default function searchIndex({ recentArticles }: SearchIndexOptions): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'broadsheet:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const site = fileURLToPath(dir);
        // Rendering is over: its heap pages go back to the system before Pagefind's processes start.
        releaseHeap();
        try {
          const pages = readArticleList(cacheDir!)
            .filter((article) => !article.draft)
            .map((article) => ({ file: join(site, fileOf(articlePath(article.id))), date: article.day }));
          // Parts whose pages are unchanged since the last build are reused from Astro's cache folder.
          const cache = { dir: join(fileURLToPath(cacheDir!), 'search-index') };
          const { bundles, indexed } = await writeSearchBundles(site, pages, recentArticles, cache);
          const summary = bundles.map((b) => {
            const years = b.parts ? ` in ${b.parts.length} parts` : '';
            return `${b.path.split('/')[0]}/ ${b.pages}${years} (${b.oldest} – ${b.newest}, ${b.languages.join(' ')})`;
          });
          const parts = bundles.reduce((sum, b) => sum + (b.parts?.length ?? 1), 0);
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          logger.info(
            `indexed ${pages.length} articles in ${seconds} s (${indexed} of ${parts} parts afresh): ${summary.join('; ') || 'no articles yet, so no index'}`,
          );
        } catch (cause) {
          throw new Error(`Indexing the site for search failed: ${(cause as Error).message}`, { cause });
        }
      },
    },
  };
}
