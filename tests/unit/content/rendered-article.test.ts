import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { inspectRendered as inspectTree } from '../../../src/lib/content/rendered-article';

const inspectRendered = (html: string) => inspectTree(fromHtml(html, { fragment: true }));

describe('inspectRendered', () => {
  it('finds text in a paragraph, a list or a table', () => {
    expect(inspectRendered('<h2 id="a">Head</h2><p id="p">Words.</p>').hasText).toBe(true);
    expect(inspectRendered('<ul><li>Item</li></ul>').hasText).toBe(true);
    expect(inspectRendered('<table><tr><td>7</td></tr></table>').hasText).toBe(true);
  });

  it('finds none under headings alone, or in punctuation and a ¶', () => {
    expect(inspectRendered('<h2 id="a">Head</h2><h3 id="b">Sub</h3>').hasText).toBe(false);
    expect(inspectRendered('<p>— … <a class="permalink" href="#x">¶</a></p>').hasText).toBe(false);
    expect(inspectRendered('').hasText).toBe(false);
  });

  it('lists every id: headings, paragraphs and the old ids inside them', () => {
    const { ids } = inspectRendered('<h2 id="a">Head</h2><p id="p"><span id="old" class="old-id"></span>Words.</p>');
    expect(ids).toEqual(['a', 'p', 'old']);
  });

  it('notes the words its text uses most, for related reading, not its markup', () => {
    expect(inspectRendered('<p class="lede">Wheat <a href="/harbour">prices</a> and wheat.</p>').terms).toEqual({
      wheat: 2,
      prices: 1,
    });
  });

  it('counts the minutes to read its text, not its markup', () => {
    expect(inspectRendered(`<p>${'word '.repeat(460)}</p>`).minutes).toBe(2);
    const links = `<p>${'<a href="https://example.com/a/very/long/address/indeed">word</a> '.repeat(230)}</p>`;
    expect(inspectRendered(links).minutes).toBe(1);
  });
});
