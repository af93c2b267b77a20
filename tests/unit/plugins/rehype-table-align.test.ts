import { rehype } from 'rehype';
import { describe, expect, it } from 'vitest';
import rehypeTableAlign from '../../../src/plugins/rehype-table-align';

async function run(html: string, options = {}): Promise<string> {
  return String(await rehype().data('settings', { fragment: true }).use(rehypeTableAlign, options).process(html));
}

describe('rehypeTableAlign', () => {
  it('should turn align on table cells into a class', async () => {
    expect(await run('<table><tr><th align="right">Votes</th><td align="center">9</td></tr></table>')).toBe(
      '<table><tbody><tr><th class="align-right">Votes</th><td class="align-center">9</td></tr></tbody></table>',
    );
  });

  it('should keep classes a cell already has', async () => {
    expect(await run('<table><tr><td class="n" align="left">1</td></tr></table>')).toContain(
      '<td class="n align-left">1</td>',
    );
  });

  it('should drop an align value that is not left, center or right', async () => {
    expect(await run('<table><tr><td align="justify">1</td></tr></table>')).toContain('<td>1</td>');
  });

  it('should leave align on other elements to the sanitizer', async () => {
    expect(await run('<p align="right">x</p>')).toBe('<p align="right">x</p>');
  });

  it('should honour the prefix option', async () => {
    expect(await run('<table><tr><td align="right">1</td></tr></table>', { prefix: 'text-' })).toContain(
      'class="text-right"',
    );
  });
});
