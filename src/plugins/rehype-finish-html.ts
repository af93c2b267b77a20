import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { MarkdownHeading } from 'astro';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { VFile } from 'vfile';

/** Where the finished article goes: the file's Astro frontmatter, Astro's way out of a plugin. */
export const FINISHED_KEY = 'finishedHtml';

/** An article as Astro would have finished it. */
export interface Finished {
  html: string;
  headings: MarkdownHeading[];
}

interface AstroData {
  frontmatter?: Record<string, unknown>;
  headings?: MarkdownHeading[];
  localImagePaths?: string[];
  remoteImagePaths?: string[];
}

/**
 * Finish the article here, last of its plugins, as Astro would after them:
 * heading ids and their list (Astro's own `rehypeHeadingIds`), then the HTML.
 * Astro then parses the whole tree again with `rehype-raw`, for raw HTML
 * that `rehype-raw-where-written` and the sanitizer have already dealt
 * with: a tenth of the article's rendering, for the same HTML. It is handed
 * an empty tree instead, and the article's renderer (article-markdown.ts)
 * takes the HTML from the frontmatter. An article with images is left to
 * Astro, whose image step needs the tree.
 */
export default function rehypeFinishHtml() {
  const headingIds = rehypeHeadingIds();
  return function (tree: Root, file: VFile) {
    const astro = ((file.data as { astro?: AstroData }).astro ??= {});
    if (astro.localImagePaths?.length || astro.remoteImagePaths?.length) return;
    (headingIds as (tree: Root, file: VFile) => void)(tree, file);
    const finished: Finished = { html: toHtml(tree, { allowDangerousHtml: true }), headings: astro.headings ?? [] };
    (astro.frontmatter ??= {})[FINISHED_KEY] = finished;
    tree.children = [];
  };
}
