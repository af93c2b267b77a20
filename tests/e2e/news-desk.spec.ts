import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { readFrontMatter } from '../../src/lib/content/front-matter';
import { expect, test } from './fixtures';

// Fixtures (tests/fixtures/content/): two authors, an opinion piece by one,
// an analysis by both (updated after publication), and a story whose byline
// names no author file.
const analysis = {
  path: 'articles/analysis-grain-prices/',
  title: 'Why Grain Prices Rise When the Corridor Talks Stall',
};
const opinion = { path: 'articles/opinion-harbour-tolls/', title: 'The Harbour Toll Is a Tax on the Town’s Future' };

/** The tags an article page lists, as its readers see them. */
const tagsOn = async (page: Page) =>
  (await page.getByRole('list', { name: 'Tags' }).getByRole('link').allTextContents()).map((tag) =>
    tag.trim().toLowerCase(),
  );

/** The structured data of the page, parsed. */
const ldOf = async (page: Page) =>
  JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!) as Record<string, unknown>;

test('a byline leads to the author’s page, which leads back to their articles', async ({ page, baseURL }) => {
  await page.goto(analysis.path);
  const byline = page.locator('.byline');
  await expect(byline).toContainText('By Tomas Okafor and Mara Lind');
  await byline.getByRole('link', { name: 'Mara Lind' }).click();
  await expect(page).toHaveURL(`${baseURL}authors/mara-lind/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mara Lind');
  await expect(page.getByText('Diplomatic correspondent')).toBeVisible();
  await expect(page.getByText(/covers diplomacy and trade from Vilnius/)).toBeVisible();
  // Her articles, newest first: the opinion piece (July) before the analysis (May).
  const headlines = page.locator('.card h2');
  await expect(headlines).toHaveText([opinion.title.replace('’', "'"), analysis.title]);
  // Absolute addresses on the deployed origin (SITE_URL), under the base path.
  const base = new URL(baseURL!).pathname;
  const ld = await ldOf(page);
  expect(ld).toMatchObject({ '@type': 'ProfilePage', mainEntity: { '@type': 'Person', name: 'Mara Lind' } });
  expect(new URL((ld['mainEntity'] as { url: string }).url).pathname).toBe(`${base}authors/mara-lind/`);
  await page.getByRole('link', { name: analysis.title }).click();
  await expect(page).toHaveURL(`${baseURL}${analysis.path}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(analysis.title);
  // The article's author is the same Person, by the same address.
  const authors = (await ldOf(page))['author'] as { '@type': string; name: string; url: string }[];
  expect(authors.map((author) => [author['@type'], author.name, new URL(author.url).pathname])).toEqual([
    ['Person', 'Tomas Okafor', `${base}authors/tomas-okafor/`],
    ['Person', 'Mara Lind', `${base}authors/mara-lind/`],
  ]);
});

test('a byline that names no author file is printed as written, with no link', async ({ page }) => {
  await page.goto('articles/grain-corridor-talks/');
  const byline = page.locator('.byline');
  await expect(byline).toContainText('By Test Desk');
  await expect(byline.getByRole('link', { name: 'Test Desk' })).toHaveCount(0);
});

test('an updated article says so beside its date, with a <time>, and tells crawlers when', async ({
  page,
  request,
}) => {
  await page.goto(analysis.path);
  const updated = page.locator('.byline .updated');
  await expect(updated).toHaveText('· Updated May 22, 2023');
  await expect(updated.locator('time')).toHaveAttribute('datetime', '2023-05-22');
  expect((await ldOf(page))['dateModified']).toBe('2023-05-22T00:00:00.000Z');
  // The sitemap's entry for it carries the day of the update.
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  const entry = sitemap.split('<url>').find((url) => url.includes(`/${analysis.path}</loc>`));
  expect(entry).toContain('<lastmod>2023-05-22');
});

test('an opinion piece is labelled, and set apart, on its card, its page and in search results', async ({ page }) => {
  const label = (scope: ReturnType<Page['locator']>) => scope.locator('.kind').filter({ hasText: 'Opinion' });
  const background = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((element) => getComputedStyle(element).backgroundColor);

  await page.goto('');
  const card = page.locator('.card').filter({ has: page.getByRole('link', { name: opinion.title.replace('’', "'") }) });
  await expect(label(card)).toBeVisible();
  // Not the quiet label an analysis gets: a filled badge, and an italic headline.
  const analysisCard = page.locator('.card').filter({ has: page.getByRole('link', { name: analysis.title }) });
  await expect(analysisCard.locator('.kind')).toHaveText('Analysis');
  expect(await background(label(card))).not.toBe(await background(analysisCard.locator('.kind')));
  expect(await card.locator('h2').evaluate((h) => getComputedStyle(h).fontStyle)).toBe('italic');

  await page.goto(opinion.path);
  const header = page.locator('.article-header');
  await expect(label(header)).toBeVisible();
  const [labelBox, headlineBox] = [await label(header).boundingBox(), await header.locator('h1').boundingBox()];
  expect(labelBox!.y + labelBox!.height).toBeLessThanOrEqual(headlineBox!.y);
  expect((await ldOf(page))['@type']).toBe('OpinionNewsArticle');

  await page.goto('search/?q=harbour+toll');
  const result = page.locator('search-page .results > li').filter({ hasText: opinion.title.replace('’', "'") });
  await expect(label(result)).toBeVisible();
});

test('the kind filter narrows the search results to that kind of story', async ({ page }) => {
  // The truth, from the fixtures: opinion pieces whose text holds “council”.
  const folder = 'test-results/content';
  const opinions = readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFrontMatter(readFileSync(`${folder}/${name}`, 'utf8'))!)
    .filter((front) => front.data['kind'] === 'opinion' && /council/i.test(front.body));
  expect(opinions.length).toBeGreaterThan(0);

  await page.goto('search/?q=council');
  const status = page.locator('search-page').getByRole('status');
  await expect(status).toHaveText(/^\d+ articles for “council”\.$/);
  const all = Number((await status.textContent())!.split(' ')[0]);
  expect(all).toBeGreaterThan(opinions.length);
  await page.getByLabel('Kind').selectOption('opinion');
  await expect(page).toHaveURL(/[?&]kind=opinion/);
  await expect(status).toHaveText(`${opinions.length} article${opinions.length > 1 ? 's' : ''} for “council”.`);
  const results = page.locator('search-page .results > li');
  await expect(results).toHaveCount(opinions.length);
  for (const result of await results.all()) await expect(result.locator('.kind')).toHaveText('Opinion');
});

test('related reading at the end of an article opens articles that share a tag with it', async ({ page, baseURL }) => {
  await page.goto(analysis.path);
  const own = await tagsOn(page);
  const related = page.getByRole('complementary', { name: 'Related reading' }).getByRole('link');
  const count = await related.count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThanOrEqual(3);
  const hrefs = await related.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  expect(hrefs).not.toContain(`${baseURL}${analysis.path}`);
  for (const href of hrefs) {
    const response = await page.goto(href);
    expect(response?.status(), href).toBe(200);
    expect(
      (await tagsOn(page)).some((tag) => own.includes(tag)),
      href,
    ).toBe(true);
  }
});

test('where the browser has a share sheet, a paragraph’s ¶ offers it the paragraph’s link', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
  });
  await page.goto(analysis.path);
  const paragraph = page.locator('.prose p[id]').first();
  const id = await paragraph.getAttribute('id');
  await paragraph.hover();
  await paragraph.locator('a.permalink').click();
  await expect(page.locator('.copy-status')).toHaveText('Link to paragraph shared.');
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
  expect(shared).toEqual([{ url: `${page.url().split('#')[0]}#${id}`, title: expect.stringContaining('Why Grain') }]);
});
