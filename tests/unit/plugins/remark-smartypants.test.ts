import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/lib/content/front-matter';
import remarkSmartypants from '../../../src/plugins/remark-smartypants';

// The oracle: Astro's own `smartypants: true` (remark-smartypants).
const astro = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: true });
const ours = await createMarkdownProcessor({
  syntaxHighlight: false,
  smartypants: false,
  remarkPlugins: [remarkSmartypants],
});
const both = async (markdown: string) => [(await astro.render(markdown)).code, (await ours.render(markdown)).code];

describe('remarkSmartypants', () => {
  it('curls quotes across links and emphasis, and leaves code alone', async () => {
    const [expected, actual] = await both('"[A link](https://x.org)" and *"bold"* and `code "x"` then \'single\'.');
    expect(actual).toBe(expected);
    expect(actual).toContain('“<a href="https://x.org">A link</a>”');
    expect(actual).toContain('<code>code "x"</code>');
  });

  it('sets dashes, ellipses and backticks as Astro does', async () => {
    const [expected, actual] = await both("The '80s -- and the 1990s... ``quoted'' . . . rock'n'roll.");
    expect(actual).toBe(expected);
    expect(actual).toContain('’80s — and the 1990s…');
  });

  it('treats the start of a heading, a table cell and a list item as a fresh start', async () => {
    const markdown = '# "Heading" -- dashes\n\n| a "b" | c -- d |\n|---|---|\n| \'e\' | f |\n\n- "item"\n\n> "quote"\n';
    const [expected, actual] = await both(markdown);
    expect(actual).toBe(expected);
  });

  it('changes nothing in a text with nothing to set', async () => {
    const [expected, actual] = await both('Plain words, a comma, a full stop.');
    expect(actual).toBe(expected);
    expect(actual).toBe('<p>Plain words, a comma, a full stop.</p>');
  });

  it('gives every article and fixture exactly what Astro’s smartypants gives', async () => {
    const root = new URL('../../../', import.meta.url).pathname;
    for (const dir of ['content', 'tests/fixtures/content']) {
      for (const file of readdirSync(join(root, dir)).filter((name) => name.endsWith('.md'))) {
        const { body } = readFrontMatter(readFileSync(join(root, dir, file), 'utf8'))!;
        const [expected, actual] = await both(body);
        expect(actual, file).toBe(expected);
      }
    }
  });
});
