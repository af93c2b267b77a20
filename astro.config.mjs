// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSlug from 'rehype-slug';
import rehypeParagraphIds from './src/plugins/rehype-paragraph-ids.ts';
import rehypeParagraphPermalinks from './src/plugins/rehype-paragraph-permalinks.ts';
import { normalizeBase } from './src/lib/base-path.ts';
import { contentSecurityPolicy } from './src/lib/content-security-policy.ts';

export default defineConfig({
  site: process.env.SITE_URL || 'http://localhost:4321',
  base: normalizeBase(process.env.BASE_PATH),
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  build: {
    // The page's CSS is a few KB: inline it and save a request.
    inlineStylesheets: 'always',
  },
  security: {
    csp: contentSecurityPolicy(),
  },
  markdown: {
    // Shiki colours code with inline styles, which the CSP forbids; news
    // articles rarely hold code, so it stays plain <pre><code>.
    syntaxHighlight: false,
    processor: unified({
      rehypePlugins: [
        // Astro parses raw HTML only after user plugins; parse it first so
        // paragraphs and headings written as HTML get ids like the rest.
        rehypeRaw,
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
