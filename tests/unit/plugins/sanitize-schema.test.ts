import { rehype } from 'rehype';
import rehypeSanitize from 'rehype-sanitize';
import { describe, expect, it } from 'vitest';
import { sanitizeSchema } from '../../../src/plugins/sanitize-schema';

async function clean(html: string): Promise<string> {
  const file = await rehype().data('settings', { fragment: true }).use(rehypeSanitize, sanitizeSchema).process(html);
  return String(file);
}

describe('sanitizeSchema', () => {
  it('should drop scripts, style sheets and their text', async () => {
    expect(
      await clean('<p>a</p><script>alert(1)</script><style>body{display:none}</style><noscript>x</noscript>'),
    ).toBe('<p>a</p>');
  });

  it('should drop iframes, objects, embeds and forms', async () => {
    expect(
      await clean(
        '<iframe src="https://e.org"></iframe><object data="x"></object><embed src="x"><form action="/s"><input name="p"></form>',
      ),
    ).toBe('');
  });

  it('should drop event handlers and style attributes', async () => {
    expect(await clean('<p onclick="x()" onmouseover="y()" style="color:red">Text</p>')).toBe('<p>Text</p>');
  });

  it('should drop javascript: and data: URLs but keep the link text', async () => {
    expect(
      await clean(
        '<a href="javascript:alert(1)">a</a><a href="data:text/html,x">b</a><img src="data:image/png;base64,AA" alt="c">',
      ),
    ).toBe('<a>a</a><a>b</a><img alt="c">');
  });

  it('should keep emphasis, links, lists, quotes and tables', async () => {
    const html =
      '<p><em>a</em> <strong>b</strong> <a href="https://e.org/x">c</a> <a href="/local/">d</a></p><ul><li>e</li></ul><blockquote><p>f</p></blockquote><table><tbody><tr><td>g</td></tr></tbody></table>';
    expect(await clean(html)).toBe(html);
  });

  it('should keep ids as written, so in-article links and footnotes still resolve', async () => {
    expect(await clean('<h2 id="notes">Notes</h2><a href="#notes">n</a>')).toBe(
      '<h2 id="notes">Notes</h2><a href="#notes">n</a>',
    );
  });

  it('should prefix name attributes, which could clobber document properties', async () => {
    expect(await clean('<a name="getElementById">x</a>')).toBe('<a name="user-content-getElementById">x</a>');
  });

  it('should let an author keep a passage out of the search index', async () => {
    expect(await clean('<p data-pagefind-ignore="">x</p>')).toBe('<p data-pagefind-ignore="">x</p>');
  });
});
