import { describe, expect, it } from 'vitest';
import { headerRules, IMMUTABLE, REVALIDATE } from '../../../src/lib/deploy/header-rules';
import { headersFor } from '../../../src/lib/deploy/headers-file';

const files = [
  'index.html',
  '404.html',
  'rss.xml',
  'manifest.webmanifest',
  'articles/a/index.html',
  'articles/b/index.html',
  'og/a.png',
  '_astro/page.Bx1.js',
  'pagefind/bundles.json',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/wasm.en.pagefind',
  'pagefind/pagefind.en_aa11.pf_meta',
  'pagefind/fragment/en_1.pf_fragment',
  'pagefind/index/en_2.pf_index',
  'pagefind-archive/2023/pagefind-entry.json',
  'pagefind-archive/2023/pagefind.en_bb22.pf_meta',
  'pagefind-archive/2023/fragment/en_3.pf_fragment',
  'pagefind-archive/2022/pagefind-entry.json',
  'pagefind-archive/2022/pagefind.en_cc33.pf_meta',
  'pagefind-archive/2022/filter/en_4.pf_filter',
];
const indexes = ['pagefind/', 'pagefind-archive/2023/', 'pagefind-archive/2022/'];
const site = (base: string) => headerRules({ base, csp: "default-src 'self'; frame-ancestors 'none'", files, indexes });

describe('headerRules', () => {
  it('sends the security headers with every path', () => {
    for (const file of files) {
      const headers = headersFor(site('/'), `/${file}`);
      expect(headers['Content-Security-Policy']).toBe("default-src 'self'; frame-ancestors 'none'");
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['Permissions-Policy']).toContain('camera=()');
    }
  });

  it('never switches off what the site uses: the clipboard, the share sheet', () => {
    const policy = headersFor(site('/'), '/')['Permissions-Policy'];
    expect(policy).not.toMatch(/clipboard|web-share/);
  });

  it('caches files named by their content for a year, everything else until checked again', () => {
    const caching = (path: string) => headersFor(site('/'), path)['Cache-Control'];
    for (const path of [
      '/_astro/page.Bx1.js',
      '/pagefind/fragment/en_1.pf_fragment',
      '/pagefind/index/en_2.pf_index',
      '/pagefind/pagefind.en_aa11.pf_meta',
      '/pagefind-archive/2023/fragment/en_3.pf_fragment',
      '/pagefind-archive/2022/filter/en_4.pf_filter',
      '/pagefind-archive/2022/pagefind.en_cc33.pf_meta',
    ])
      expect(caching(path), path).toBe(IMMUTABLE);
    for (const path of [
      '/',
      '/index.html',
      '/404.html',
      '/rss.xml',
      '/articles/a/',
      '/og/a.png',
      '/pagefind/bundles.json',
      '/pagefind/pagefind-entry.json',
      '/pagefind/pagefind.js',
      '/pagefind-archive/2023/pagefind-entry.json',
    ])
      expect(caching(path), path).toBe(REVALIDATE);
  });

  it('types what stock servers do not know', () => {
    const type = (path: string) => headersFor(site('/'), path)['Content-Type'];
    expect(type('/manifest.webmanifest')).toBe('application/manifest+json');
    expect(type('/pagefind/wasm.en.pagefind')).toBe('application/octet-stream');
    expect(type('/pagefind-archive/2023/fragment/en_3.pf_fragment')).toBe('application/octet-stream');
    expect(type('/articles/a/index.html')).toBeUndefined();
  });

  it('covers the archive’s years with one rule each kind, not one a year', () => {
    const paths = site('/').map((rule) => rule.path);
    expect(paths).toContain('/pagefind-archive/:part/fragment/*');
    expect(paths).toContain('/pagefind-archive/:part/pagefind-entry.json');
    expect(paths.filter((path) => path.startsWith('/pagefind-archive/2023/'))).toEqual([
      '/pagefind-archive/2023/pagefind.en_bb22.pf_meta',
    ]);
  });

  it('puts every path under the base path', () => {
    const rules = site('/news/');
    expect(rules.every((rule) => rule.path.startsWith('/news/'))).toBe(true);
    expect(headersFor(rules, '/news/_astro/page.Bx1.js')['Cache-Control']).toBe(IMMUTABLE);
    expect(headersFor(rules, '/news/')['Cache-Control']).toBe(REVALIDATE);
    expect(headersFor(rules, '/_astro/page.Bx1.js')).toEqual({});
  });

  it('sets each header for each file once: no rule overlaps another', () => {
    for (const base of ['/', '/news/'])
      for (const file of files) {
        const setting = site(base).filter((rule) => headersFor([rule], `${base}${file}`)['Cache-Control']);
        expect(setting.length, file).toBe(1);
      }
  });

  it('fails, naming the path and both rules, rather than send one header twice', () => {
    // A stray file beside the archive's years would need a rule for the whole folder, over the years' own.
    const stray = [...files, 'pagefind-archive/notes.txt'];
    expect(() => headerRules({ base: '/', csp: '', files: stray, indexes })).toThrow(
      /\/pagefind-archive\/.* gets Cache-Control from both .*pagefind-archive/,
    );
  });
});
