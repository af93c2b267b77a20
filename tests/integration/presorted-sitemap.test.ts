import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { presortedSitemap } from '../../src/integrations/presorted-sitemap';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-sitemap-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// The sitemap reports a failure by logging it, not by throwing: keep what it says at each level to check.
const logged: { level: string; message: string }[] = [];
const at = (level: string) => (message: string) => logged.push({ level, message });
const logger = { info: at('info'), warn: at('warn'), error: at('error'), debug: at('debug'), fork: () => logger };

/** What the integration writes for these pages, run through the hooks Astro calls, in their order. */
async function written(integration: AstroIntegration, pathnames: string[], base: string): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(work, 'dist-'));
  const hooks = integration.hooks as Record<string, (params: unknown) => unknown>;
  const config = { site: 'https://news.example/', base, trailingSlash: 'always', build: { format: 'directory' } };
  await hooks['astro:config:done']?.({ config, logger });
  await hooks['astro:routes:resolved']?.({ routes: [] });
  await hooks['astro:build:done']?.({
    dir: pathToFileURL(`${dir}/`),
    pages: pathnames.map((pathname) => ({ pathname })),
    logger,
  });
  return new Map(readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]));
}

// Numbers sort as numbers, letters across cases and accents as a reader would: the order a plain sort gets wrong.
const pathnames = [
  'articles/10-quay/',
  '',
  'tags/Élections/',
  'articles/9-tram/',
  'archive/2024/',
  'tags/economy/',
  'articles/100-fair/',
  'tags/Ankara/',
  'archive/',
  'articles/0099-dredging/',
  'авторы/',
];

describe('presortedSitemap', () => {
  for (const base of ['/', '/news/'])
    it(`writes, under ${base}, exactly what @astrojs/sitemap writes for the same pages in any order`, async () => {
      const options = { filter: (page: string) => !page.endsWith('/archive/') };
      const expected = await written(sitemap(options), pathnames, base);
      expect([...expected.keys()].sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
      expect(expected.get('sitemap-0.xml')).toContain('/archive/2024/');
      for (const order of [pathnames, [...pathnames].reverse()])
        expect(await written(presortedSitemap(options), order, base)).toEqual(expected);
      expect(logged.filter(({ level }) => level === 'error' || level === 'warn')).toEqual([]);
    });

  it('fails the build, naming the page, when its serialize throws (the sitemap alone only logs it)', async () => {
    const serialize = (item: { url: string }) => {
      if (item.url.endsWith('/tags/economy/')) throw new Error('no article list');
      return item;
    };
    const before = logged.length;
    // What the sitemap does alone: an error logged, no sitemap written, and the build goes on.
    expect([...(await written(sitemap({ serialize }), pathnames, '/')).keys()]).toEqual([]);
    expect(logged.splice(before).map(({ level }) => level)).toEqual(['error']);
    const failed = written(presortedSitemap({ serialize }), pathnames, '/');
    await expect(failed).rejects.toThrow('The sitemap entry of https://news.example/tags/economy/ could not be made');
    await expect(failed).rejects.toHaveProperty('cause.message', 'no article list');
  });
});
