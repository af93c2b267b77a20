import type { RehypePlugins } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeCorrectionMarks from './rehype-correction-marks.ts';
import rehypeParagraphIds, { type Options as ParagraphIdsOptions } from './rehype-paragraph-ids.ts';
import rehypeParagraphPermalinks from './rehype-paragraph-permalinks.ts';
import rehypeTableAlign from './rehype-table-align.ts';
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
    rehypeRaw,
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
  ];
}
