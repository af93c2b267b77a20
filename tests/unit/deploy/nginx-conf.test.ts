import { describe, expect, it } from 'vitest';
import { nginxConf } from '../../../src/lib/deploy/nginx-conf';

const rules = [
  { path: '/news/*', headers: { 'X-Content-Type-Options': 'nosniff' } },
  { path: '/news/_astro/*', headers: { 'Cache-Control': 'immutable' } },
  { path: '/news/pagefind-archive/:part/index/*', headers: { 'Content-Type': 'application/octet-stream' } },
  { path: '/news/rss.xml', headers: { 'Cache-Control': 'max-age=0' } },
];

describe('nginxConf', () => {
  it('serves the site’s 404 page for anything missing under the base path', () => {
    expect(nginxConf(rules)).toContain('error_page 404 /news/404.html;');
  });

  it('gives the whole site a plain prefix location, so the expressions are still tried', () => {
    expect(nginxConf(rules)).toContain('location /news/ {\n  add_header X-Content-Type-Options "nosniff" always;\n}');
  });

  it('makes a folder a prefix that wins, repeating the site-wide headers', () => {
    expect(nginxConf(rules)).toContain(
      'location ^~ /news/_astro/ {\n  add_header X-Content-Type-Options "nosniff" always;\n  add_header Cache-Control "immutable" always;\n}',
    );
  });

  it('makes a :part a regular expression of one segment', () => {
    expect(nginxConf(rules)).toContain('location ~ "^/news/pagefind-archive/[^/]+/index/" {');
  });

  it('makes a content type the location’s only type instead of a second header', () => {
    const block = nginxConf(rules).split('location ~')[1]!;
    expect(block).toContain('types { }\n  default_type application/octet-stream;');
    expect(block).not.toContain('add_header Content-Type');
  });

  it('makes a path an exact location', () => {
    expect(nginxConf(rules)).toContain('location = /news/rss.xml {');
  });

  it('refuses rules with no rule for the whole site, and values nginx would read as variables', () => {
    expect(() => nginxConf(rules.slice(1))).toThrow(/no rule for the whole site/);
    expect(() => nginxConf([{ path: '/*', headers: { 'X-A': '$host' } }])).toThrow(/cannot carry/);
  });
});
