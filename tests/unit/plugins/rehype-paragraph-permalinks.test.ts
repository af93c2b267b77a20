import { rehype } from 'rehype';
import { describe, expect, it } from 'vitest';
import rehypeParagraphPermalinks from '../../../src/plugins/rehype-paragraph-permalinks';

async function run(html: string, options = {}): Promise<string> {
  return String(
    await rehype().data('settings', { fragment: true }).use(rehypeParagraphPermalinks, options).process(html),
  );
}

describe('rehypeParagraphPermalinks', () => {
  it('should append a named, unindexed permalink to a paragraph with an id', async () => {
    expect(await run('<p id="a-b">A b.</p>')).toBe(
      '<p id="a-b">A b. <a class="permalink" href="#a-b" aria-label="Link to paragraph: A b." data-pagefind-ignore="">¶</a></p>',
    );
  });

  it('should quote only the first words of a long paragraph in the name', async () => {
    expect(await run('<p id="x">one two three four five six seven</p>')).toContain(
      'aria-label="Link to paragraph: one two three four five six…"',
    );
  });

  it('should leave paragraphs without an id and other elements alone', async () => {
    expect(await run('<p>No id.</p><div id="d">Div.</div>')).toBe('<p>No id.</p><div id="d">Div.</div>');
  });

  it('should use the given symbol', async () => {
    expect(await run('<p id="x">Text</p>', { symbol: '#' })).toContain('>#</a>');
  });
});
