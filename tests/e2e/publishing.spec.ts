import { readdirSync, readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { articleId } from '../../src/lib/content/article-id';
import { readFrontMatter } from '../../src/lib/content/front-matter';
import { archivePath, articlePath, feedPath, searchPath, tagPath } from '../../src/lib/paths';
import { expect, test } from './fixtures';

/** The collection the test sites were built from, as `build-test-sites.ts` left it. */
const collection = new URL('../../test-results/content/', import.meta.url);
const articles = readdirSync(collection)
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const { data } = readFrontMatter(readFileSync(new URL(file, collection), 'utf8'))!;
    return { slug: articleId(file), ...(data as { title: string; draft?: boolean; tags?: string[]; kind?: string }) };
  });
const published = articles.filter((article) => !article.draft);
const drafts = articles.filter((article) => article.draft);

/** Pages link with absolute URLs on the configured site; fetch their paths from the test server. */
const localPath = (url: string, baseURL: string) => new URL(new URL(url).pathname, baseURL).href;
const xml = (page: Page, text: string) =>
  page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error(doc.querySelector('parsererror')!.textContent!);
    return [...doc.querySelectorAll('item > link, url > loc, sitemap > loc')].map((node) => node.textContent!.trim());
  }, text);
const get = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response;
};

test('the RSS feed parses as XML and lists every published article once (fewer than 50), newest first, with absolute links', async ({
  page,
  request,
  baseURL,
}) => {
  // A feed lists the 50 newest (tests/e2e/scale/feed-scale.spec.ts); this collection has fewer.
  expect(published.length).toBeLessThanOrEqual(50);
  const feed = await (await get(request, feedPath)).text();
  const links = await xml(page, feed);
  expect(links.every((link) => /^https?:\/\//.test(link))).toBe(true);
  expect(links.map((link) => new URL(link).pathname).sort()).toEqual(
    published.map((article) => new URL(articlePath(article.slug), baseURL).pathname).sort(),
  );
  const dates = [...feed.matchAll(/<pubDate>([^<]+)<\/pubDate>/g)].map((match) => Date.parse(match[1]!));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});

test('every page advertises the feed', async ({ page }) => {
  await page.goto('./');
  const href = await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href');
  expect(new URL(href!).pathname).toMatch(/\/rss\.xml$/);
});

test('robots.txt points at a sitemap that lists every article, tag and archive page', async ({
  page,
  request,
  baseURL,
}) => {
  const robots = await (await get(request, 'robots.txt')).text();
  const index = /^Sitemap: (.+)$/m.exec(robots)![1]!;
  expect(new URL(index).pathname).toBe(new URL('sitemap-index.xml', baseURL).pathname);
  const [sitemapUrl] = await xml(page, await (await get(request, localPath(index, baseURL!))).text());
  const pages = (await xml(page, await (await get(request, localPath(sitemapUrl!, baseURL!))).text())).map(
    (url) => new URL(url).pathname,
  );
  const expected = [
    '',
    archivePath,
    ...published.map((article) => articlePath(article.slug)),
    ...[...new Set(published.flatMap((article) => article.tags ?? []).map(tagPath))],
  ].map((path) => new URL(path, baseURL).pathname);
  expect(pages).toEqual(expect.arrayContaining(expected));
  expect(pages.filter((path) => /\/(search|404)\/?$/.test(path) || path.includes('embargoed'))).toEqual([]);
  for (const path of pages) await get(request, new URL(path, baseURL).href);
});

for (const article of published) {
  test(`${article.slug} has one canonical link, Open Graph tags and valid NewsArticle JSON-LD`, async ({
    page,
    request,
    baseURL,
  }) => {
    await page.goto(articlePath(article.slug));
    const head = page.locator('head');
    await expect(head.locator('link[rel="canonical"]')).toHaveCount(1);
    const canonical = await head.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname).toBe(new URL(articlePath(article.slug), baseURL).pathname);
    const og = async (property: string) => head.locator(`meta[property="${property}"]`).first().getAttribute('content');
    expect(await og('og:type')).toBe('article');
    expect(await og('og:title')).toBe(article.title);
    expect(await og('og:url')).toBe(canonical);
    expect(await og('article:published_time')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    await expect(head.locator('meta[property="article:tag"]')).toHaveCount(article.tags?.length ?? 0);
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');

    const blocks = await head.locator('script[type="application/ld+json"]').allTextContents();
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0]!);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      // schema.org's subtype of NewsArticle for the kind of story the fixture says it is.
      '@type': { opinion: 'OpinionNewsArticle', analysis: 'AnalysisNewsArticle' }[article.kind ?? ''] ?? 'NewsArticle',
      headline: article.title,
      mainEntityOfPage: { '@id': canonical },
    });
    for (const key of ['datePublished', 'dateModified', 'author', 'publisher', 'image', 'inLanguage'])
      expect(ld, key).toHaveProperty(key);
    // The publisher's logo is a PNG of the size the data declares (Google accepts no SVG logo).
    const logo = await (await get(request, localPath(ld.publisher.logo.url, baseURL!))).body();
    expect(logo.subarray(1, 4).toString()).toBe('PNG');
    expect([logo.readUInt32BE(16), logo.readUInt32BE(20)]).toEqual([ld.publisher.logo.width, ld.publisher.logo.height]);
    expect(await og('og:locale')).toMatch(/^[a-z]{2,3}_[A-Z]{2}$/);

    // The social image: a 1200×630 PNG (width and height are the IHDR's first two fields).
    const image = await get(request, localPath((await og('og:image'))!, baseURL!));
    const png = await image.body();
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
}

test('a tag page lists exactly the articles with that tag, and article tags link to it', async ({ page }) => {
  const tagged = published.filter((article) => article.tags?.includes('economy'));
  await page.goto(articlePath('grain-corridor-talks'));
  await page.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'economy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tagged “economy”');
  await expect(page.locator('main ol li a')).toHaveCount(tagged.length);
  expect((await page.locator('main ol li a').allTextContents()).sort()).toEqual(
    tagged.map((article) => article.title).sort(),
  );
});

test('the archive leads to every year, and a year lists its articles newest first', async ({ page }) => {
  await page.goto(archivePath);
  await page.getByRole('link', { name: '2023' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles of 2023');
  const days = await page
    .locator('main ol li time')
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
  expect(days.length).toBeGreaterThan(1);
  expect(days.every((day) => day.startsWith('2023-'))).toBe(true);
  expect(days).toEqual([...days].sort().reverse());
});

test('a draft has no page, no feed entry, no tag page and no search hit', async ({ page, request }) => {
  expect(drafts.length).toBeGreaterThan(0);
  for (const draft of drafts) {
    expect((await request.get(articlePath(draft.slug))).status()).toBe(404);
    expect(await (await get(request, feedPath)).text()).not.toContain(draft.slug);
  }
  expect((await request.get(tagPath('embargoed'))).status()).toBe(404);
  await page.goto(searchPath('zanzibarite'));
  await expect(page.locator('search-page').getByRole('status')).toContainText('No results');
});
