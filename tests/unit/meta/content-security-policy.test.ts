import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/lib/meta/content-security-policy';

describe('contentSecurityPolicy', () => {
  it('lets images come from the site alone by default', () => {
    expect(contentSecurityPolicy().directives).toContain("img-src 'self'");
  });

  it('adds the newsroom’s image origins to img-src, and nowhere else', () => {
    const { directives } = contentSecurityPolicy(['https://img.example.org', 'https://cdn.example.net']);
    expect(directives!).toContain("img-src 'self' https://img.example.org https://cdn.example.net");
    expect(directives!.filter((directive) => directive.includes('example'))).toHaveLength(1);
  });

  it('never allows inline or evaluated script', () => {
    const policy = contentSecurityPolicy();
    expect(policy.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(JSON.stringify(policy)).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('lets no page start a worker: search runs on the page’s thread', () => {
    expect(contentSecurityPolicy().directives).toContain("worker-src 'none'");
  });
});
