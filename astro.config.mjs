// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeTableAlign from './src/plugins/rehype-table-align.ts';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';
import rehypeParagraphPermalinks from './src/plugins/rehype-paragraph-permalinks.ts';
import { sanitizeSchema } from './src/plugins/sanitize-schema.ts';
import { readConfig, siteUrlWarning } from './src/lib/config.ts';
import { contentSecurityPolicy } from './src/lib/content-security-policy.ts';

const config = readConfig();

export default defineConfig({
  site: config.site,
  base: config.base,
  outDir: config.outDir,
  trailingSlash: 'always',
  integrations: [
    // Every page but the search page (it has no content of its own) and 404.
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
    {
      name: 'broadsheet:site-url',
      hooks: {
        'astro:build:start': ({ logger }) => {
          const warning = siteUrlWarning();
          if (warning) logger.warn(warning);
        },
      },
    },
  ],
  build: {
    // The page's CSS is a few KB: inline it and save a request.
    inlineStylesheets: 'always',
  },
  security: {
    csp: contentSecurityPolicy(config.imageOrigins),
  },
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; news
    // articles rarely hold code, so it stays plain <pre><code>.
    syntaxHighlight: false,
    processor: unified({
      // Straight quotes, -- and ... are set as typographic quotes, dashes and
      // ellipses (Astro's default, kept on purpose): the words never change,
      // and `npm run verify` compares paragraphs with typography folded.
      smartypants: true,
      rehypePlugins: [
        // Astro parses raw HTML only after user plugins; parse it first so
        // paragraphs and headings written as HTML get ids like the rest.
        rehypeRaw,
        // Articles come from many hands: whatever HTML they hold is cut down
        // to harmless markup before anything else sees it.
        [rehypeSanitize, sanitizeSchema],
        // A linked site gets neither our page as opener nor its address.
        [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
        rehypeTableAlign,
        // Heading ids first: the paragraph plugin reserves every id already set.
        rehypeSlug,
        rehypeParagraphIds,
        rehypeParagraphPermalinks,
      ],
    }),
  },
  vite: {
    build: {
      // No preload helper around dynamic imports: it would be one more shared
      // file on every page, for modules that load only when search is used.
      modulePreload: false,
      // A script whose only dynamic import is non-literal (the Pagefind bundle)
      // is inlined before Vite resolves its preload marker and then fails with
      // `__VITE_PRELOAD__ is not defined`; keep such scripts external.
      assetsInlineLimit: (file, content) =>
        file.endsWith('.js') && content.includes('import(') ? false : undefined,
    },
  },
});
