import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersFor, parseHeadersFile, ruleMatches } from '../../../src/lib/deploy/headers-file';

const rules = [
  { path: '/news/*', headers: { 'X-Content-Type-Options': 'nosniff' } },
  { path: '/news/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  { path: '/news/pagefind-archive/:part/index/*', headers: { 'Content-Type': 'application/octet-stream' } },
];

describe('formatHeadersFile and parseHeadersFile', () => {
  it('write a path a line, its headers indented by two spaces, a comment first', () => {
    expect(formatHeadersFile(rules.slice(0, 2), 'made by the build')).toBe(
      '# made by the build\n/news/*\n  X-Content-Type-Options: nosniff\n/news/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
    );
  });

  it('read back what they write', () => {
    expect(parseHeadersFile(formatHeadersFile(rules, 'a\nb'))).toEqual(rules);
  });

  it('join a header given twice under one path, as the hosts do', () => {
    expect(parseHeadersFile('/a\n  Cache-Control: max-age=0\n  Cache-Control: no-cache\n')).toEqual([
      { path: '/a', headers: { 'Cache-Control': 'max-age=0, no-cache' } },
    ]);
  });

  it('name the line they cannot read', () => {
    expect(() => parseHeadersFile('/a\n  X-Frame-Options DENY\n')).toThrow(/line 2: "X-Frame-Options DENY"/);
    expect(() => parseHeadersFile('  X-Frame-Options: DENY\n')).toThrow(/line 1/);
  });
});

describe('ruleMatches', () => {
  it('reads * at the end as anything beneath, the folder itself included', () => {
    expect(ruleMatches('/news/*', '/news/')).toBe(true);
    expect(ruleMatches('/news/*', '/news/articles/x/')).toBe(true);
    expect(ruleMatches('/news/*', '/other/')).toBe(false);
  });

  it('reads :name as one whole segment', () => {
    expect(ruleMatches('/p/:part/index/*', '/p/2023/index/en_1.pf_index')).toBe(true);
    expect(ruleMatches('/p/:part/index/*', '/p/2023/2022/index/x')).toBe(false);
    expect(ruleMatches('/p/:part/index/*', '/p//index/x')).toBe(false);
  });

  it('reads anything else as exactly that path', () => {
    expect(ruleMatches('/rss.xml', '/rss.xml')).toBe(true);
    expect(ruleMatches('/rss.xml', '/rss.xml/x')).toBe(false);
    expect(ruleMatches('/', '/')).toBe(true);
    expect(ruleMatches('/', '/index.html')).toBe(false);
  });
});

describe('headersFor', () => {
  it('gathers the headers of every rule that matches', () => {
    expect(headersFor(rules, '/news/_astro/a.js')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
  });

  it('joins one header two rules set, as Cloudflare would send it', () => {
    const twice = [
      { path: '/*', headers: { 'Cache-Control': 'max-age=0' } },
      { path: '/a/*', headers: { 'cache-control': 'immutable' } },
    ];
    expect(headersFor(twice, '/a/x')).toEqual({ 'Cache-Control': 'max-age=0, immutable' });
  });
});
