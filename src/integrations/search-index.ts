import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readArticleList, type ListedArticle } from '../lib/content/article-list.ts';
import { releaseHeap } from '../lib/build/release-heap.ts';
import { listenToPages } from '../lib/build/rendered-pages.ts';
import { articlePath, fileOf } from '../lib/paths.ts';
import { earlyIndexer, type EarlyIndexer } from './early-index.ts';
import { searchParts, writeSearchBundles } from './pagefind-bundles.ts';

export interface SearchIndexOptions {
  /** Articles in the newest bundle (`SEARCH_RECENT_ARTICLES`); a collection under twice this stays one bundle. */
  recentArticles: number;
}

/** The heap worth giving back before indexing: 1,000 articles leave some 270 MB, 10,000 some 1.5 GB. */
const RELEASED_HEAP = 512 * 2 ** 20;

/**
 * The search index as the last step of `astro build`, so that any host that
 * runs the build ships a searchable site: the published articles, as the
 * content collection lists them (src/lib/content/article-list.ts), indexed
 * from their built pages with Pagefind. A part whose pages have all been
 * rendered is indexed at once, while the build renders the rest
 * (early-index.ts); the others once the pages are written (after
 * incremental-links has put them in their final place). It ends the build:
 * the time it logs runs from the end of rendering, part of which overlapped
 * the sitemap.
 */
export default function searchIndex({ recentArticles }: SearchIndexOptions): AstroIntegration {
  let cacheDir: URL | undefined;
  let base = '/';
  let early: EarlyIndexer | undefined;
  // The published articles, read once a build: both the early parts and the final index split them.
  let published: ListedArticle[] | undefined;
  const articles = () => (published ??= readArticleList(cacheDir!).filter((article) => !article.draft));
  let indexing:
    Promise<{ written: Awaited<ReturnType<typeof writeSearchBundles>>; pages: number; seconds: number }> | undefined;
  return {
    name: 'broadsheet:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      // The content is loaded by now; the article list says which pages make each part.
      'astro:build:start': () => {
        early = undefined;
        published = undefined;
        listenToPages((pathname, bytes) => {
          if (!pathname.startsWith(base)) return;
          early ??= earlyIndexer(
            join(fileURLToPath(cacheDir!), 'search-index-early'),
            earlyParts(articles(), recentArticles),
          );
          early.take(fileOf(decodeURI(pathname.slice(base.length))), bytes);
        });
      },
      // Pagefind indexes in processes of its own: started as soon as the pages are written, it
      // works while the integrations after this one's place (the sitemap) finish on this thread.
      'astro:build:generated': ({ dir }) => {
        listenToPages();
        const started = performance.now();
        // Parts whose pages are unchanged since the last build are reused from Astro's cache folder.
        const cache = { dir: join(fileURLToPath(cacheDir!), 'search-index') };
        // Rendering is over: when every part is to be indexed (no cache yet), its heap pages go back to
        // the system before Pagefind's processes, which then hold up to 1 GB, start. A rebuild indexes a
        // part or two and skips the collection (a second of this thread at 10,000 articles), and so
        // does a heap too small to matter.
        if (!existsSync(cache.dir)) releaseHeap({ atLeast: RELEASED_HEAP });
        const site = fileURLToPath(dir);
        indexing = (async () => {
          const pages = articles().map((article) => ({
            file: join(site, fileOf(articlePath(article.id))),
            date: article.day,
          }));
          try {
            const written = await writeSearchBundles(site, pages, recentArticles, cache, early?.result);
            return { written, pages: pages.length, seconds: (performance.now() - started) / 1000 };
          } finally {
            await early?.close();
          }
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
        for (const failure of early?.failures() ?? [])
          logger.warn(`indexing a part while the build rendered failed, so it was indexed after: ${failure}`);
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

/** Each part's pages, as writeSearchBundles will split them, by their paths in the site. */
function earlyParts(articles: ListedArticle[], recent: number) {
  const pages = articles.map((article) => ({ path: fileOf(articlePath(article.id)), date: article.day }));
  // Split as at the end, where `file` is the page's path under the site's folder: the same order.
  return searchParts(
    pages.map((page) => ({ ...page, file: page.path })),
    recent,
  ).flat();
}
