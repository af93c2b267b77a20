import type { Page } from '@playwright/test';
import { articlePath } from '../../src/lib/paths';
import { expect, test } from './fixtures';

/** Every id on the page, and the ones that appear more than once. */
const duplicateIds = (page: Page) =>
  page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    return ids.filter((id, index) => ids.indexOf(id) !== index);
  });

const edgeArticles = [
  { slug: 'edge-headings-and-ids', heading: /Budget Night 🗳️/ },
  { slug: 'zh-shanghai-port', heading: '上海港集装箱吞吐量创下新纪录' },
  { slug: 'ar-cairo-water-talks', heading: 'محادثات القاهرة حول المياه تدخل يومها الثالث' },
  { slug: 'long-headline', heading: /^A Three-Hundred-Character Headline/ },
  { slug: 'harbour-inquiry-long-read', heading: 'The Harbour Inquiry in Full, a 50,000-Word Record' },
  { slug: 'grain-corridor-talks', heading: 'Grain Traders Watch Moscow as Corridor Talks Stall' },
];

for (const { slug, heading } of edgeArticles) {
  test(`${slug} builds, opens with its headline and has unique ids`, async ({ page }) => {
    await page.goto(articlePath(slug));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
    expect(await duplicateIds(page)).toEqual([]);
  });
}

test('duplicate subheads get distinct ids, and look-alike paragraphs stay apart', async ({ page }) => {
  await page.goto(articlePath('edge-headings-and-ids'));
  await expect(page.locator('.prose h2')).toHaveText(['Reaction', 'Reaction', 'The vote']);
  const ids = await page
    .locator('.prose h2, .prose p')
    .evaluateAll((elements) => elements.map((element) => element.id));
  expect(ids).toEqual([
    'the-finance-minister-rose-at',
    'reaction',
    'opposition-leaders-called-the-plan',
    'reaction-1',
    'business-groups-welcomed-the-cut',
    'the-vote',
    'the-vote-will-take-place',
    'the-vote-will-take-place-next',
    'markets-rose-slightly-after-the',
    'the-speaker-said-order-order',
  ]);
  // The table of contents reaches the second "Reaction", not the first.
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Reaction' }).nth(1).click();
  await expect(page).toHaveURL(/#reaction-1$/);
});

test('an Arabic article reads right to left, with its language set', async ({ page }) => {
  await page.goto(articlePath('ar-cairo-water-talks'));
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  expect(
    await page
      .locator('.prose p')
      .first()
      .evaluate((p) => getComputedStyle(p).direction),
  ).toBe('rtl');
});

test('a 300-character headline wraps on a phone without widening the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(articlePath('long-headline'));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the contents of a 50,000-word article scroll within themselves beside the text', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(articlePath('harbour-inquiry-long-read'));
  const toc = page.locator('toc-highlight');
  await expect(toc.getByRole('link')).toHaveCount(51);
  const box = await toc.evaluate((element) => ({
    scroll: element.scrollHeight,
    client: element.clientHeight,
    overflow: getComputedStyle(element).overflowY,
  }));
  expect(box.overflow).toBe('auto');
  expect(box.scroll).toBeGreaterThan(box.client);
  expect(box.client).toBeLessThanOrEqual(900);
  await toc.getByRole('link', { name: 'Hearing 50: evidence session' }).click();
  await expect(page.locator('#hearing-50-evidence-session')).toBeInViewport();
});

const searches = [
  { query: '集装箱', slug: 'zh-shanghai-port' },
  { query: 'القاهرة', slug: 'ar-cairo-water-talks' },
  { query: 'Минске', slug: 'ru-peregovory-v-minske' },
  { query: 'payroll', slug: 'edge-headings-and-ids' },
  { query: 'tram depot', slug: 'long-headline' },
  { query: 'dredging', slug: 'harbour-inquiry-long-read' },
];

for (const { query, slug } of searches) {
  test(`search finds “${query}” in ${slug}`, async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator(`search-page a[href*="${articlePath(slug)}"]`).first()).toBeVisible();
  });
}

test('the header box finds each script’s words after an English query has loaded the English index', async ({
  page,
}) => {
  // Pagefind's stemmer belongs to the first language its module loads; a later Arabic query must not get the English one.
  await page.goto(articlePath('grain-corridor-talks'));
  const box = page.locator('site-search').getByLabel('Search articles');
  const options = page.locator('site-search').getByRole('option');
  await box.fill('payroll');
  await expect(options.filter({ has: page.locator('mark') }).first()).toBeVisible();
  for (const { query, slug } of searches.slice(0, 3)) {
    await box.fill(query);
    await expect(page.locator('site-search').getByRole('status')).toHaveText(new RegExp(`for “${query}”`));
    await expect(page.locator(`site-search a[role="option"][href*="${articlePath(slug)}"]`).first()).toBeAttached();
  }
});

test('an Arabic result reads right to left among the results, as its card does on the front page', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('القاهرة')}`);
  const result = page
    .locator('search-page li')
    .filter({ has: page.locator(`a[href*="${articlePath('ar-cairo-water-talks')}"]`) })
    .first();
  await expect(result).toHaveAttribute('dir', 'rtl');
  await expect(result).toHaveAttribute('lang', 'ar');
  await page.goto('./');
  await expect(page.getByRole('article').filter({ hasText: 'محادثات القاهرة' })).toHaveAttribute('dir', 'rtl');
});

test('straight quotes, double hyphens and three dots are set as typographic quotes, dashes and an ellipsis', async ({
  page,
}) => {
  await page.goto(articlePath('edge-headings-and-ids'));
  await expect(page.locator('#the-speaker-said-order-order')).toContainText(
    'The speaker said “order, order” — twice — and the chamber’s benches fell quiet…',
  );
});
