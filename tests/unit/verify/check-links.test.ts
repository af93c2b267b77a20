import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../src/cli/verify/check-links.ts';
import { createSite } from '../../../src/cli/verify/read-site.ts';
import { goodFixture } from './fixtures.ts';

describe('checkLinks', () => {
  it('should pass a site whose links, assets and fragments all resolve, under a base path too', () => {
    expect(checkLinks(goodFixture().site).problems).toEqual([]);
    expect(checkLinks(goodFixture('/news/').site).problems).toEqual([]);
  });

  it('should catch missing files, missing ids, a missing slash and links outside the base', () => {
    const links = [
      '<a href="/news/gone/">gone</a>',
      '<a href="/news/a/#nope">no id</a>',
      '<a href="../a/#there">ok</a>',
      '<a href="/news/a">no slash</a>',
      '<a href="/elsewhere/">outside</a>',
      '<img src="/news/img/x.png" srcset="/news/img/x.png 1x, /news/img/y.png 2x" alt="">',
      '<script src="missing.js"></script>',
      '<a href="#">top</a> <a href="#:~:text=foo">text</a> <a href="/news/rss.xml">rss</a>',
      '<a href="https://example.org/x">ext</a> <a href="mailto:a@b.c">mail</a> <img src="data:image/png;base64,AA" alt="">',
    ];
    const site = createSite(
      {
        'a/index.html': '<h2 id="there">There</h2>',
        'b/index.html': links.join('\n'),
        'img/x.png': '',
        'rss.xml': '',
      },
      '/news/',
    );
    const problems = checkLinks(site).problems;
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: <a href> "/news/gone/": no file dist/gone/index.html',
      '2: <a href> "/news/a/#nope": no id "nope" in dist/a/index.html',
      '4: <a href> "/news/a": missing trailing slash: the page is /news/a/',
      '5: <a href> "/elsewhere/": points outside the base path /news/',
      '6: <img srcset> "/news/img/y.png": no file dist/img/y.png',
      '7: <script src> "missing.js": no file dist/b/missing.js',
    ]);
    expect(checkLinks(site).checked).toBe(12);
  });
});
