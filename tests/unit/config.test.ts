import { describe, expect, it } from 'vitest';
import { normalizeBase, readConfig, shadowingEnv, siteUrlWarning } from '../../src/lib/config';

describe('readConfig', () => {
  it('has a default for every setting', () => {
    expect(readConfig({})).toEqual({
      site: 'http://localhost:4321',
      base: '/',
      outDir: 'dist',
      contentDir: 'content',
      cacheDir: 'node_modules/.astro',
      imageOrigins: [],
      recentArticles: 500,
      writeRecords: true,
    });
  });

  it('writes the record of paragraph ids, but reads it as committed in CI, unless told', () => {
    expect(readConfig({ CI: 'true' }).writeRecords).toBe(false);
    expect(readConfig({ CI: 'true', PARAGRAPH_RECORD: 'write' }).writeRecords).toBe(true);
    expect(readConfig({ PARAGRAPH_RECORD: 'read' }).writeRecords).toBe(false);
    expect(() => readConfig({ PARAGRAPH_RECORD: 'sometimes' })).toThrow(
      'PARAGRAPH_RECORD: "sometimes" must be read or write',
    );
  });

  it('reads image origins separated by commas or spaces, as origins', () => {
    expect(readConfig({ IMAGE_ORIGINS: 'https://img.example.org, https://cdn.example.net:8443' }).imageOrigins).toEqual(
      ['https://img.example.org', 'https://cdn.example.net:8443'],
    );
  });

  it('names every variable that is wrong, at once', () => {
    const read = () =>
      readConfig({
        SITE_URL: 'example.org',
        IMAGE_ORIGINS: 'https://img.example.org/photos/ ftp://x',
        SEARCH_RECENT_ARTICLES: 'ten',
      });
    expect(read).toThrow(/SITE_URL: "example.org"/);
    expect(read).toThrow(/IMAGE_ORIGINS: "https:\/\/img.example.org\/photos\/" is not an origin/);
    expect(read).toThrow(/IMAGE_ORIGINS: "ftp:\/\/x"/);
    expect(read).toThrow(/SEARCH_RECENT_ARTICLES: "ten"/);
  });
});

describe('normalizeBase', () => {
  it('gives / when BASE_PATH is unset or empty', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase(' / ')).toBe('/');
  });

  it('adds the leading and trailing slash', () => {
    expect(normalizeBase('news')).toBe('/news/');
    expect(normalizeBase('/news/')).toBe('/news/');
    expect(normalizeBase('//a/b//')).toBe('/a/b/');
  });
});

describe('siteUrlWarning', () => {
  it('warns a build in CI that links would point at localhost', () => {
    expect(siteUrlWarning({ CI: 'true' })).toMatch(
      /SITE_URL is not set: canonical links, the RSS feed.*http:\/\/localhost:4321/,
    );
  });

  it('is quiet on a local build, or once SITE_URL is set', () => {
    expect(siteUrlWarning({})).toBeUndefined();
    expect(siteUrlWarning({ CI: 'false' })).toBeUndefined();
    expect(siteUrlWarning({ CI: 'true', SITE_URL: 'https://news.example.org' })).toBeUndefined();
  });
});

describe('shadowingEnv', () => {
  it('names each variable that would replace one of the build’s own values, and says what to set instead', () => {
    const found = shadowingEnv({ BASE_URL: '/', MODE: 'test', SITE_URL: 'https://news.example.org', PATH: '/bin' });
    expect(found.map(({ name }) => name)).toEqual(['BASE_URL', 'MODE']);
    expect(found[0]!.warning).toMatch(/^BASE_URL is set in the environment \("\/"\); it is ignored.*BASE_PATH/);
  });

  it('counts a variable set to the empty string (PROD= still replaces PROD)', () => {
    expect(shadowingEnv({ PROD: '' }).map(({ name }) => name)).toEqual(['PROD']);
  });

  it('is empty for a newsroom’s usual environment', () => {
    expect(shadowingEnv({ SITE_URL: 'https://news.example.org', BASE_PATH: '/news/', CI: 'true' })).toEqual([]);
  });
});
