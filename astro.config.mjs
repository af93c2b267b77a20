// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'astro/config';
import buildFinished from './src/integrations/build-finished.ts';
import deployHeaders from './src/integrations/deploy-headers.ts';
import incrementalLinks from './src/integrations/incremental-links.ts';
import { presortedSitemap } from './src/integrations/presorted-sitemap.ts';
import searchIndex from './src/integrations/search-index.ts';
import siteUrlCheck from './src/integrations/site-url-check.ts';
import socialCards from './src/integrations/social-cards.ts';
import { sitemapLastmod } from './src/integrations/sitemap-lastmod.ts';
import { readConfig, shadowingEnv } from './src/lib/config.ts';
import { contentSecurityPolicy } from './src/lib/meta/content-security-policy.ts';
import { articleMarkdown } from './src/lib/content/article-markdown.ts';

const config = readConfig();
for (const { name, warning } of shadowingEnv()) {
  console.warn(`[broadsheet] ${warning}`);
  Reflect.deleteProperty(process.env, name);
}

export default defineConfig({
  site: config.site,
  base: config.base,
  outDir: config.outDir,
  cacheDir: config.cacheDir,
  trailingSlash: 'always',
  integrations: [
    siteUrlCheck(),
    // Unchanged pages are hard-linked from Astro's incremental cache instead of copied.
    incrementalLinks(),
    // Every page but the search page (it has no content of its own) and 404.
    presortedSitemap({
      filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname),
      serialize: sitemapLastmod(new URL(`${config.cacheDir}/`, pathToFileURL(`${process.cwd()}/`)), config.base),
    }),
    // Last: Pagefind indexes the pages the build has written.
    searchIndex({ recentArticles: config.recentArticles }),
    // The cards go in place from their cache while Pagefind works.
    socialCards(),
    // After the index: _headers names its files.
    deployHeaders({ base: config.base }),
    // Last: a build whose event loop emptied before this point fails instead of passing half-written.
    buildFinished(),
  ],
  build: {
    // The page's CSS is a few KB: inline it and save a request.
    inlineStylesheets: 'always',
    // Writing a page waits on the disk far longer than rendering it takes
    // (about 1 ms against 3 here): with several pages in flight, the
    // waits overlap. More gains nothing on 2 cores.
    concurrency: 8,
  },
  experimental: {
    // A page whose data and code are unchanged since the last build is copied
    // from Astro's cache, not rendered again (keys: src/lib/build/cache-keys.ts).
    incrementalBuild: true,
  },
  security: {
    csp: contentSecurityPolicy(config.imageOrigins),
  },
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; news
    // articles rarely hold code, so it stays plain <pre><code>.
    syntaxHighlight: false,
    // Published paragraph ids are read from, and written to, content/.paragraph-ids/.
    processor: articleMarkdown(config),
  },
  vite: {
    // Astro's incremental build hashes the config as JSON, which drops its
    // functions (assetsInlineLimit below): this file's digest stands in for
    // them, so an edit here renders every page again instead of reusing it.
    define: {
      'import.meta.env.BROADSHEET_CONFIG': JSON.stringify(
        createHash('sha256')
          .update(readFileSync(new URL(import.meta.url)))
          .digest('hex'),
      ),
    },
    build: {
      // No preload helper around dynamic imports: it would be one more shared
      // file on every page, for modules that load only when search is used.
      modulePreload: false,
      // A script whose only dynamic import is non-literal (the Pagefind bundle)
      // is inlined before Vite resolves its preload marker and then fails with
      // `__VITE_PRELOAD__ is not defined`; keep such scripts external. The
      // article page's one module stays inline up to 6 KB, past Vite's 4 KB
      // default: a request of its own would cost a reader more than its bytes.
      assetsInlineLimit: (file, content) => {
        if (!file.endsWith('.js')) return undefined;
        if (content.includes('import(')) return false;
        return file.includes('ArticleLayout') && content.length <= 6144 ? true : undefined;
      },
      rollupOptions: {
        // github-slugger has no side effects but does not say so: without this, every
        // script that imports src/lib/paths.ts (for withBase) would load it, unused.
        treeshake: { moduleSideEffects: (id) => !id.includes('/node_modules/github-slugger/') },
      },
    },
  },
});
