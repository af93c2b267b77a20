import type { RehypePlugins, UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeCorrectionMarks from './rehype-correction-marks.ts';
import rehypeParagraphIds, { type Options as ParagraphIdsOptions } from './rehype-paragraph-ids.ts';
import rehypeParagraphPermalinks from './rehype-paragraph-permalinks.ts';
import rehypeRawWhereWritten from './rehype-raw-where-written.ts';
import rehypeRenderedFacts from './rehype-rendered-facts.ts';
import rehypeTableAlign from './rehype-table-align.ts';
import remarkSmartypants from './remark-smartypants.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

/**
 * The rehype plugins an article goes through, in order (astro.config.mjs
 * uses this list, and so do the tests). `record`: the published paragraph
 * ids (src/lib/content/paragraph-record.ts).
 */
export function rehypePlugins({ record }: Pick<ParagraphIdsOptions, 'record'> = {}): RehypePlugins {
  return [
    // Astro parses raw HTML only after user plugins; parse it first so
    // paragraphs and headings written as HTML get ids like the rest.
    rehypeRawWhereWritten,
    // Articles come from many hands: whatever HTML they hold is cut down
    // to harmless markup before anything else sees it.
    [rehypeSanitize, sanitizeSchema],
    // A linked site gets neither our page as opener nor its address.
    [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
    rehypeTableAlign,
    // Heading ids first: the paragraph plugin reserves every id already set.
    rehypeSlug,
    [rehypeParagraphIds, { record }],
    rehypeCorrectionMarks,
    rehypeParagraphPermalinks,
    // What the content checks need, noted for the loader (articles-loader.ts).
    rehypeRenderedFacts,
  ];
}

/**
 * The Markdown pipeline's options: astro.config.mjs gives them to
 * `unified()`, and the importer and the tests to `createMarkdownProcessor`.
 */
export function markdownOptions(options: Pick<ParagraphIdsOptions, 'record'> = {}) {
  return {
    // Straight quotes, -- and ... set as typographic quotes, dashes and
    // ellipses exactly as Astro's `smartypants: true` sets them, at a fraction
    // of the cost (remark-smartypants.ts). The words never change, and
    // `npm run verify` compares paragraphs with typography folded.
    smartypants: false,
    remarkPlugins: [remarkSmartypants],
    rehypePlugins: rehypePlugins(options),
  } satisfies UnifiedProcessorOptions;
}
