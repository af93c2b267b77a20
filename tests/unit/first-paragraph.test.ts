import { describe, expect, it } from 'vitest';
import { firstParagraphText } from '../../src/lib/first-paragraph';

describe('firstParagraphText', () => {
  it('keeps the characters Markdown uses as syntax when they are text', () => {
    const html = '<p id="x">Write C# and snake_case; 5 * 3 &gt; 2 <a class="permalink" href="#x">¶</a></p>';
    expect(firstParagraphText(html)).toBe('Write C# and snake_case; 5 * 3 > 2');
  });

  it('reads the text of inline markup, not the markup', () => {
    expect(firstParagraphText('<p>A <em>long</em> and <a href="/x">linked</a> day.</p>')).toBe(
      'A long and linked day.',
    );
  });

  it('skips headings and empty paragraphs, and collapses white space', () => {
    expect(firstParagraphText('<h2 id="a">Head</h2><p> </p><p>Two\n  lines</p><p>Later</p>')).toBe('Two lines');
  });

  it('is empty when the body has no paragraph', () => {
    expect(firstParagraphText('<h2>Only a heading</h2>')).toBe('');
  });
});
