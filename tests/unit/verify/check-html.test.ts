import { describe, expect, it } from 'vitest';
import { checkHtml } from '../../../src/cli/verify/check-html.ts';
import { createSite } from '../../../src/cli/verify/read-site.ts';
import { page } from './fixtures.ts';

describe('checkHtml', () => {
  it('should pass our markup, `bs:` ids and the search listbox included', async () => {
    const site = createSite({
      'index.html': page(
        'Home',
        '<div role="listbox" id="bs:results" aria-label="Results"></div><ul aria-label="Tags"><li>a</li></ul>',
      ),
    });
    expect((await checkHtml(site.pages)).problems).toEqual([]);
  });

  it('should report each error with rule, line and column', async () => {
    const site = createSite({
      'index.html': page('Home', '<img src="/favicon.svg">\n<p style="color: red">Styled</p>'),
    });
    const problems = (await checkHtml(site.pages)).problems;
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message.split(':')[0]}`)).toEqual([
      '7:2 wcag/h37',
      '8:4 no-inline-style',
    ]);
  });
});
