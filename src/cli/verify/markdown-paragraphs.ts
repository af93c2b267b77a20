import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';

// Read with the syntax tree, never with patterns over the text. About 5 ms
// an article: a verification step's cost, kept out of the build.

/** A plain paragraph of an article's Markdown: one at the top level, not inside a list, quote or table. */
export interface MarkdownParagraph {
  /** 1-based line of the body on which it starts. */
  line: number;
  /** The text a reader sees: markup, raw HTML tags, images and footnote marks left out; a hard break is a space. */
  text: string;
}

/** The body parsed as the site's renderer reads it: CommonMark with GitHub's extensions (tables, footnotes, strikethrough). */
export function parseMarkdown(body: string): Root {
  return fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/** The plain paragraphs of a Markdown body, in order (a paragraph of only an image has no text and is left out). */
export function markdownParagraphs(body: string): MarkdownParagraph[] {
  return parseMarkdown(body).children.flatMap((node) => {
    if (node.type !== 'paragraph') return [];
    const text = readerText(node);
    return text ? [{ line: node.position?.start.line ?? 1, text }] : [];
  });
}

function readerText(node: Nodes): string {
  const copy = structuredClone(node);
  // A hard line break shows as a break, which reads as a space.
  visit(copy, 'break', (brk, index, parent) => {
    if (parent && index !== undefined)
      parent.children.splice(index, 1, { type: 'text', value: ' ', position: brk.position! });
  });
  visit(copy, 'footnoteReference', (_, index, parent) => {
    if (parent && index !== undefined) parent.children.splice(index, 1);
    return index;
  });
  return toString(copy, { includeHtml: false, includeImageAlt: false }).replace(/\s+/g, ' ').trim();
}
