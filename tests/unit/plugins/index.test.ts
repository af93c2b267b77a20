import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdownOptions } from '../../../src/plugins/index';

// The list astro.config.mjs gives Astro, with the same Markdown options.
const processor = await createMarkdownProcessor({
  syntaxHighlight: false,
  ...markdownOptions(),
});
const render = async (markdown: string) => (await processor.render(markdown)).code;

describe('the article pipeline (src/plugins/index.ts)', () => {
  it('gives headings and paragraphs ids, paragraphs their ¶ link, and never one id twice', async () => {
    const html = await render('## Next stop: Belarus\n\nNext stop Belarus, said the minister.\n');
    expect(html).toBe(
      '<h2 id="next-stop-belarus">Next stop: Belarus</h2>\n' +
        '<p id="next-stop-belarus-said-the">Next stop Belarus, said the minister. ' +
        '<a class="permalink" href="#next-stop-belarus-said-the" aria-label="Link to paragraph: Next stop Belarus, said the minister." data-pagefind-ignore="">¶</a></p>',
    );
  });

  it('treats a paragraph written as raw HTML like a Markdown one, after the sanitizer has had it', async () => {
    const html = await render(
      '<p onclick="steal()" style="color:red">Written as HTML.</p>\n\n<script>alert(1)</script>\n',
    );
    expect(html).toContain('<p id="written-as-html">Written as HTML. <a class="permalink"');
    expect(html).not.toMatch(/onclick|style=|script|alert/);
  });

  it('keeps links to other sites from learning our address, and aligns table cells by class', async () => {
    const html = await render('[a site](https://example.org)\n\n| n |\n| -: |\n| 1 |\n');
    expect(html).toContain('<a href="https://example.org" rel="noopener noreferrer">a site</a>');
    expect(html).toContain('<td class="align-right">1</td>');
    expect(html).not.toContain('align=');
  });

  it('sets typographic quotes and dashes, never changing a word', async () => {
    expect(await render('He said "so" -- twice...\n')).toContain('He said “so” — twice…');
  });
});
