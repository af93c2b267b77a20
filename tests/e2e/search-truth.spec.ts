import type { Page } from '@playwright/test';
import { articlePath } from '../../src/lib/paths';
import { article, expect, test } from './fixtures';

const headerBox = (page: Page) => page.locator('site-search').getByLabel('Search articles');
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const boxStatus = (page: Page) => page.locator('site-search').getByRole('status');
const pageStatus = (page: Page) => page.locator('search-page').getByRole('status');

async function typeInBox(page: Page, query: string): Promise<void> {
  await page.goto(article.path);
  await headerBox(page).click();
  await headerBox(page).fill(query);
  await expect(boxStatus(page)).toHaveText(new RegExp(`for “${query}”\\.`));
}

test('a header result is a real link: Ctrl-click opens its paragraph in a new tab, and the box stays', async ({
  page,
  context,
  baseURL,
}) => {
  await typeInBox(page, 'Moscow Conference');
  const option = listbox(page)
    .getByRole('option')
    .filter({ hasText: 'Moscow Conference on International Security' })
    .first();
  const href = await option.evaluate((element) => (element as HTMLAnchorElement).href);
  expect(await option.evaluate((element) => element.tagName)).toBe('A');
  expect(new URL(href).hash).toBe('#during-his-visit-li-shangfu');
  const [tab] = await Promise.all([context.waitForEvent('page'), option.click({ modifiers: ['ControlOrMeta'] })]);
  await tab.waitForLoadState();
  expect(new URL(tab.url()).pathname + new URL(tab.url()).hash).toBe(
    new URL(href).pathname + '#during-his-visit-li-shangfu',
  );
  await expect(tab.locator('#during-his-visit-li-shangfu')).toBeInViewport();
  // The reader's own tab did not move.
  expect(new URL(page.url()).pathname).toBe(new URL(article.path, baseURL).pathname);
  await tab.close();
});

test('the box ends with the search page, counted, as a link', async ({ page }) => {
  await typeInBox(page, 'Belarus');
  const last = listbox(page).getByRole('option').last();
  await expect(last).toHaveText(/^(See all \d+ results for|Open the search page for) “Belarus”$/);
  expect(new URL(await last.evaluate((element) => (element as HTMLAnchorElement).href)).search).toBe('?q=Belarus');
});

test('“belarus military” lands on the paragraph that holds both words, its subhead as its label, not a hit of its own', async ({
  page,
}) => {
  await typeInBox(page, 'belarus military');
  const group = listbox(page).getByRole('group', { name: new RegExp(article.title) });
  const headline = group.getByRole('option').first();
  expect(new URL(await headline.evaluate((element) => (element as HTMLAnchorElement).href)).hash).toBe(
    '#following-his-stay-in-russia',
  );
  const best = group.locator('a.hit').first();
  await expect(best.locator('.section')).toHaveText('Next stop: Belarus');
  await expect(best.locator('.section mark')).toHaveText('Belarus');
  await expect(best.locator('.excerpt mark')).toContainText(['Belarus', 'military']);
  await expect(group.locator('a.hit')).not.toHaveText([/^Next stop: Belarus$/]);
});

test('a no-results answer names the word that matched nothing and offers the search without it', async ({ page }) => {
  await page.goto('search/?q=Moscow+zzzyqx');
  await expect(pageStatus(page)).toHaveText('No article mentions “zzzyqx”. Check the spelling, or try other words.');
  await page.getByRole('link', { name: 'Search for “Moscow” instead' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Moscow$/);
  await expect(pageStatus(page)).toHaveText('2 articles for “Moscow”.');
});

test('a Russian result’s date is in Russian, as its article page prints it', async ({ page }) => {
  await page.goto(articlePath('ru-peregovory-v-minske'));
  const printed = await page.locator('article .byline time').textContent();
  expect(printed).toMatch(/марта/);
  await page.goto(`search/?q=${encodeURIComponent('переговоров')}`);
  const result = page
    .locator('search-page .results > li')
    .filter({ has: page.getByRole('heading', { name: 'Переговоры в Минске продолжаются' }) });
  await expect(result.locator('time')).toHaveText(printed!);
});

test('tags that differ only in case are one filter, as they are one tag page', async ({ page }) => {
  await page.goto('search/?q=that');
  const tag = page.getByLabel('Tag', { exact: true });
  const us = (await tag.locator('option').allTextContents()).filter((name) => name.toLowerCase() === 'us');
  expect(us).toHaveLength(1);
  await tag.selectOption({ label: us[0]! });
  const titles = page.locator('search-page .results > li h2');
  await expect(titles).toHaveCount(2);
  await page.goto('tags/us/');
  await expect(page.locator('main ol li a')).toHaveCount(2);
});

test('more than three paragraphs of one article: the best three, then the rest behind “N more in this article”', async ({
  page,
}) => {
  await page.goto('search/?q=committee');
  const result = page
    .locator('search-page .results > li')
    .filter({ has: page.getByRole('heading', { name: /Harbour Inquiry/ }) });
  const visible = result.locator('a.hit:visible');
  await expect(visible).toHaveCount(3);
  const more = result.getByRole('button', { name: /^\d+ more in this article$/ });
  const hidden = Number((await more.textContent())!.split(' ')[0]);
  await more.click();
  await expect(visible).toHaveCount(3 + hidden);
  await expect(result.locator('a.hit').nth(3)).toBeFocused();
});
