import { describe, expect, it } from 'vitest';
import { hasBodyText } from '../../../src/lib/content/body-text';

describe('hasBodyText', () => {
  it('finds text in a paragraph, a list or a table', () => {
    expect(hasBodyText('<h2 id="a">Head</h2><p id="p">Words.</p>')).toBe(true);
    expect(hasBodyText('<ul><li>Item</li></ul>')).toBe(true);
    expect(hasBodyText('<table><tr><td>7</td></tr></table>')).toBe(true);
  });

  it('finds none under headings alone, or in punctuation and a ¶', () => {
    expect(hasBodyText('<h2 id="a">Head</h2><h3 id="b">Sub</h3>')).toBe(false);
    expect(hasBodyText('<p>— … <a class="permalink" href="#x">¶</a></p>')).toBe(false);
    expect(hasBodyText('')).toBe(false);
  });
});
