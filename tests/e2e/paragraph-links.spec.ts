import type { Page } from '@playwright/test';
import { articlePath } from '../../src/lib/paths';
import { expect, scrollSettled, test } from './fixtures';

// The fixture was published once as another version (its record, committed
// beside it in tests/fixtures/content/.paragraph-ids/, is that build's), then
// edited: the lead's opening reworded, a paragraph inserted before one that
// starts like it, one paragraph deleted, one corrected.
const story = articlePath('harbour-fire-corrected');
const note = (page: Page) => page.locator('link-note');
const marked = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => {
    const style = getComputedStyle(element);
    const other = getComputedStyle(document.querySelector('.prose p:last-of-type')!);
    return style.backgroundColor !== other.backgroundColor;
  });

test('a link to a paragraph whose opening was reworded still lands on it', async ({ page }) => {
  await page.goto(`${story}#following-the-fire-on-thursday`);
  const paragraph = page.locator('#following-the-fire-on-thursday');
  await expect(paragraph).toHaveText(/^After the fire on Thursday night/);
  await scrollSettled(page);
  await expect(paragraph).toBeInViewport();
  expect(await marked(page, '#following-the-fire-on-thursday')).toBe(true);
  await expect(note(page)).toBeHidden();
});

test('the older paragraph keeps its id when a new one starting like it is inserted before it', async ({ page }) => {
  await page.goto(story);
  await expect(page.locator('#firefighters-from-three-stations-worked')).toHaveText(
    /^Firefighters from three stations/,
  );
  await expect(page.locator('#firefighters-from-a-fourth-station')).toHaveText(/^Firefighters from a fourth station/);
});

test('a link to a deleted paragraph lands where it stood, marked, says so, and shows the current address', async ({
  page,
  baseURL,
}) => {
  await page.goto(`${story}#traders-said-they-hoped-to`);
  const neighbour = page.locator('#the-warehouse-built-in-1898');
  await scrollSettled(page);
  await expect(neighbour).toBeInViewport();
  expect(await marked(page, '#the-warehouse-built-in-1898')).toBe(true);
  await expect(note(page)).toBeVisible();
  await expect(note(page)).toContainText('This link pointed to a paragraph that has since changed');
  await expect(page).toHaveURL(new URL(`${story}#the-warehouse-built-in-1898`, baseURL).href);
  await note(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(note(page)).toBeHidden();
});

for (const [fragment, name] of [
  ['following-the-fire', 'cut short by a chat app'],
  ['folowing-the-fire-on-thursdy', 'mistyped'],
] as const) {
  test(`a link the record never saw (${name}) finds its paragraph by its words`, async ({ page, baseURL }) => {
    await page.goto(`${story}#${fragment}`);
    await expect(page).toHaveURL(new URL(`${story}#following-the-fire-on-thursday`, baseURL).href);
    await scrollSettled(page);
    await expect(page.locator('#following-the-fire-on-thursday')).toBeInViewport();
    expect(await marked(page, '#following-the-fire-on-thursday')).toBe(true);
    await expect(note(page)).toBeVisible();
  });
}

test('a link that matches no paragraph opens the article at its top, with the note', async ({ page }) => {
  await page.goto(`${story}#zzzz-qqqq-wwww-xxxx`);
  await expect(note(page)).toBeVisible();
  await scrollSettled(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('an article opened at a known id, or none, loads no helper code', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => request.url().endsWith('.js') && scripts.push(new URL(request.url()).pathname));
  // Each a new load (a change of fragment alone would not load the page again).
  for (const fragment of ['', '#the-council-will-meet-on', '#traders-said-they-hoped-to']) {
    await page.goto('about:blank');
    await page.goto(`${story}${fragment}`, { waitUntil: 'networkidle' });
  }
  expect(scripts.filter((path) => /stale-link|quote-link/.test(path))).toEqual([]);
  await page.goto('about:blank');
  await page.goto(`${story}#following-the-fire`, { waitUntil: 'networkidle' });
  expect(scripts.filter((path) => /stale-link/.test(path))).toHaveLength(1);
});

test('a correction is listed at the end, dated, linked from the byline and from its paragraph', async ({
  page,
  baseURL,
}) => {
  await page.goto(story);
  const corrections = page.locator('#corrections');
  await expect(corrections.getByRole('heading', { name: 'Corrections' })).toBeVisible();
  await expect(corrections.locator('li')).toHaveText(
    /^June 3, 2023: An earlier version of this article said the warehouse was built in 1898\. It was built in 1896\./,
  );
  await page.locator('.byline').getByRole('link', { name: 'Corrected June 3, 2023' }).click();
  await expect(page).toHaveURL(new URL(`${story}#corrections`, baseURL).href);
  const mark = page.locator('#the-warehouse-built-in-1898 a.correction-mark');
  await expect(mark).toHaveText('Corrected');
  await mark.click();
  await expect(page).toHaveURL(new URL(`${story}#correction-1`, baseURL).href);
  await corrections.getByRole('link', { name: 'The corrected paragraph' }).click();
  await expect(page).toHaveURL(new URL(`${story}#the-warehouse-built-in-1898`, baseURL).href);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld.correction).toEqual([
    {
      '@type': 'CorrectionComment',
      datePublished: '2023-06-03T00:00:00.000Z',
      text: expect.stringContaining('built in 1896'),
    },
  ]);
  expect(ld.dateModified).toBe('2023-06-03T00:00:00.000Z');
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a link to a deleted paragraph still lands where it stood, marked, with the note', async ({ page }) => {
    await page.goto(`${story}#traders-said-they-hoped-to`);
    await expect(page.locator('#the-warehouse-built-in-1898')).toBeInViewport();
    expect(await marked(page, '#the-warehouse-built-in-1898')).toBe(true);
    await expect(note(page)).toBeVisible();
  });

  test('a link to an edited paragraph lands on it', async ({ page }) => {
    await page.goto(`${story}#following-the-fire-on-thursday`);
    await expect(page.locator('#following-the-fire-on-thursday')).toBeInViewport();
  });
});
