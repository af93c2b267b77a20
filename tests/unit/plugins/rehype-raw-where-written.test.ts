import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import rehypeRawWhereWritten from '../../../src/plugins/rehype-raw-where-written';

// Markdown to HTML with raw HTML kept as `raw` nodes until the plugin under test, as Astro does.
async function run(markdown: string, plugins: PluggableList): Promise<{ html: string; types: string[] }> {
  const types: string[] = [];
  const html = String(
    await unified()
      .use(remarkParse)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(plugins)
      // What the next plugin sees: raw nodes left or not.
      .use(() => (tree) => visit(tree, (node) => void types.push(node.type)))
      .use(rehypeStringify, { allowDangerousHtml: true })
      .process(markdown),
  );
  return { html, types };
}

describe('rehypeRawWhereWritten', () => {
  it('parses raw HTML into elements, as rehype-raw does', async () => {
    const markdown = 'Before.\n\n<p class="x">Written as <em>HTML</em>.</p>\n\nAfter <b>bold</b> words.\n';
    const ours = await run(markdown, [rehypeRawWhereWritten]);
    expect(ours.types).not.toContain('raw');
    expect(ours).toEqual(await run(markdown, [rehypeRaw]));
  });

  it('leaves a tree without raw HTML as it is, giving the same page as rehype-raw', async () => {
    const markdown =
      '## A head\n\nA *paragraph* with a [link](https://example.org).\n\n- one\n- two\n\n> quoted &amp; kept\n';
    const ours = await run(markdown, [rehypeRawWhereWritten]);
    const theirs = await run(markdown, [rehypeRaw]);
    expect(ours.html).toBe(theirs.html);
    expect(ours.html).toContain('<li>two</li>');
  });
});
