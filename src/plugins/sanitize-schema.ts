import { defaultSchema, type Options as Schema } from 'rehype-sanitize';

/**
 * What raw HTML in an article may keep: GitHub's schema (the markup a comment
 * on GitHub may hold: emphasis, links, lists, quotes, tables, images), which
 * drops `<script>`, `<iframe>`, `<object>`, `<style>`, every `on*` handler,
 * `style` attributes and any URL that is not http(s), mailto or relative.
 *
 * Ids stay as written (footnotes and in-article links point at them; the page
 * checks find any clash with ours). Only `name` is prefixed: it is what can
 * clobber `document` properties such as `document.getElementById`.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: ['name'],
  // Forms have no business in an article (GitHub keeps checkbox inputs for task lists).
  tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'input'),
  // Dropped with their text: a style sheet or script must not turn into prose.
  strip: ['script', 'style', 'noscript', 'template', 'textarea', 'title'],
  attributes: {
    ...defaultSchema.attributes,
    // An author may keep a passage out of the search index.
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'dataPagefindIgnore'],
  },
};
