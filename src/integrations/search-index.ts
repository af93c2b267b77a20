import { existsSync } from 'node:fs';
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
 * from their built pages with Pagefind. The indexing starts once the pages
 * are written (after incremental-links has put them in their final place)
 * and ends the build: the time it logs is its own, part of which overlapped
 * the sitemap.
 */
export default function searchIndex({ recentArticles }: SearchIndexOptions): AstroIntegration {
  let cacheDir: URL | undefined;
  let indexing:
    Promise<{ written: Awaited<ReturnType<typeof writeSearchBundles>>; pages: number; seconds: number }> | undefined;
  return {
    name: 'broadsheet:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      // Pagefind indexes in processes of its own: started as soon as the pages are written, it
      // works while the integrations after this one's place (the sitemap) finish on this thread.
      'astro:build:generated': ({ dir }) => {
        const started = performance.now();
        // Parts whose pages are unchanged since the last build are reused from Astro's cache folder.
        const cache = { dir: join(fileURLToPath(cacheDir!), 'search-index') };
        // Rendering is over: when every part is to be indexed (no cache yet), its heap pages go back to
        // the system before Pagefind's processes, which then hold up to 1 GB, start. A rebuild indexes a
        // part or two and skips the collection (a second of this thread at 10,000 articles).
        if (!existsSync(cache.dir)) releaseHeap();
        const site = fileURLToPath(dir);
        indexing = (async () => {
          const pages = readArticleList(cacheDir!)
            .filter((article) => !article.draft)
            .map((article) => ({ file: join(site, fileOf(articlePath(article.id))), date: article.day }));
          const written = await writeSearchBundles(site, pages, recentArticles, cache);
          return { written, pages: pages.length, seconds: (performance.now() - started) / 1000 };
        })().catch((cause: unknown) => {
          throw new Error(`Indexing the site for search failed: ${(cause as Error).message}`, { cause });
        });
        // Awaited in astro:build:done; until then a failure is not unhandled.
        indexing.catch(() => undefined);
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexing) throw new Error('Indexing the site for search failed: the pages were never reported written');
        const { written, pages, seconds } = await indexing;
        indexing = undefined;
        const { bundles, indexed } = written;
        const summary = bundles.map((b) => {
          const years = b.parts ? ` in ${b.parts.length} parts` : '';
          return `${b.path.split('/')[0]}/ ${b.pages}${years} (${b.oldest} – ${b.newest}, ${b.languages.join(' ')})`;
        });
        const parts = bundles.reduce((sum, b) => sum + (b.parts?.length ?? 1), 0);
        logger.info(
          `indexed ${pages} articles in ${seconds.toFixed(1)} s (${indexed} of ${parts} parts afresh): ${summary.join('; ') || 'no articles yet, so no index'}`,
        );
      },
    },
  };
}
