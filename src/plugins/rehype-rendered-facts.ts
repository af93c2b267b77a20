import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { inspectRendered } from '../lib/content/rendered-article.ts';

/** Where the facts go: the rendered entry's `remarkPluginFrontmatter` (Astro's way out of a plugin). */
export const FACTS_KEY = 'renderedFacts';

/**
 * Note what the content checks ask of the rendered article (any text under
 * its headline; every id it holds, old ids too) in the file's Astro
 * frontmatter, so the loader reads them from the entry instead of parsing
 * its HTML again. Last of the article's plugins.
 */
export default function rehypeRenderedFacts() {
  return function (tree: Root, file: VFile) {
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter[FACTS_KEY] = inspectRendered(tree);
  };
}
