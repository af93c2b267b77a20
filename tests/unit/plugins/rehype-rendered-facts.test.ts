import { rehype } from 'rehype';
import { describe, expect, it } from 'vitest';
import rehypeRenderedFacts, { FACTS_KEY } from '../../../src/plugins/rehype-rendered-facts';

const facts = async (html: string) => {
  const file = await rehype().data('settings', { fragment: true }).use(rehypeRenderedFacts).process(html);
  return (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter[FACTS_KEY];
};

describe('rehypeRenderedFacts', () => {
  it('notes the text under the headline, every id, the minutes to read and the words used, in the file’s Astro frontmatter', async () => {
    expect(await facts('<h2 id="a">Head</h2>\n<p id="p"><span id="old" class="old-id"></span>Words.</p>')).toEqual({
      hasText: true,
      ids: ['a', 'p', 'old'],
      minutes: 1,
      terms: { head: 1, words: 1 },
    });
  });

  it('notes no text for headings alone', async () => {
    expect(await facts('<h2 id="a">Head</h2>')).toEqual({ hasText: false, ids: ['a'], minutes: 1, terms: { head: 1 } });
  });
});
