import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../src/cli/verify/check-policy.ts';
import { createSite } from '../../../src/cli/verify/read-site.ts';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const page = (policy: string) =>
  `<meta http-equiv="content-security-policy" content="${policy}">\n<style>p{}</style>\n<script>go()</script>\n<script type="application/ld+json">{}</script>\n<script src="/a.js"></script>`;

describe('checkPolicy', () => {
  it('passes a page whose policy lists exactly its inline scripts and styles', () => {
    const site = createSite({ 'a.html': page(`script-src 'self' ${hash('go()')}; style-src 'self' ${hash('p{}')}`) });
    expect(checkPolicy(site).problems).toEqual([]);
  });

  it('names an inline script or style the policy would block', () => {
    const site = createSite({ 'a.html': page(`script-src 'self'; style-src 'self' ${hash('p{}')}`) });
    expect(checkPolicy(site).problems).toEqual([
      { file: 'dist/a.html', line: 3, column: 1, message: 'an inline script has no hash in script-src' },
    ]);
  });

  it('names a hash of code the page does not hold', () => {
    const other = hash('elsewhere()');
    const site = createSite({
      'a.html': page(`script-src 'self' ${hash('go()')} ${other}; style-src 'self' ${hash('p{}')}`),
    });
    expect(checkPolicy(site).problems).toEqual([
      {
        file: 'dist/a.html',
        line: 1,
        column: 1,
        message: `script-src allows ${other}, which no script of the page has`,
      },
    ]);
  });

  it('checks nothing on a page without a policy', () => {
    expect(checkPolicy(createSite({ 'a.html': '<script>go()</script>' })).checked).toBe(0);
  });
});
