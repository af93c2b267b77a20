import { describe, expect, it } from 'vitest';
import { allows, imageSources, parsePolicy } from '../../../src/cli/verify/csp-sources';

const self = new URL('https://news.example.org/articles/a/');
const url = (href: string) => new URL(href, self);

describe('parsePolicy and imageSources', () => {
  it('reads img-src, falling back to default-src', () => {
    expect(imageSources(parsePolicy("default-src 'self'; img-src 'self' https://img.example.org"))).toEqual([
      "'self'",
      'https://img.example.org',
    ]);
    expect(imageSources(parsePolicy("default-src 'self'"))).toEqual(["'self'"]);
    expect(imageSources(parsePolicy('script-src x'))).toBeUndefined();
  });
});

describe('allows', () => {
  it('matches the page’s own origin for self', () => {
    expect(allows(["'self'"], url('/logo.png'), self)).toBe(true);
    expect(allows(["'self'"], url('https://img.example.org/a.jpg'), self)).toBe(false);
  });

  it('matches a host source by scheme, host and default port', () => {
    expect(allows(['https://img.example.org'], url('https://img.example.org/photos/a.jpg'), self)).toBe(true);
    expect(allows(['https://img.example.org'], url('https://img.example.org:8443/a.jpg'), self)).toBe(false);
    expect(allows(['https://img.example.org'], url('http://img.example.org/a.jpg'), self)).toBe(false);
    expect(allows(['https://img.example.org'], url('https://evil.example.org/a.jpg'), self)).toBe(false);
  });

  it('matches wildcards, scheme sources and none', () => {
    expect(allows(['https://*.example.org'], url('https://cdn.example.org/a.jpg'), self)).toBe(true);
    expect(allows(['https://*.example.org'], url('https://example.org/a.jpg'), self)).toBe(false);
    expect(allows(['data:'], url('data:image/png;base64,AAAA'), self)).toBe(true);
    expect(allows(["'self'"], url('data:image/png;base64,AAAA'), self)).toBe(false);
    expect(allows(["'none'"], url('/a.png'), self)).toBe(false);
  });
});
