import { article, expect, paragraphTexts, scrollSettled, seed, test } from './fixtures';

test('a reader opens the front page and follows the link to the article', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest articles');
  const card = page.getByRole('article').filter({ hasText: article.title });
  await expect(card.locator('time')).toHaveAttribute('datetime', '2023-11-09');
  await expect(card.locator('.meta')).toHaveText(/^November 9, 2023 · \d+ min read$/);
  await card.getByRole('link', { name: article.title }).click();
  await expect(page).toHaveURL(new RegExp(`/${article.path}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  await expect(page.locator('article .byline time')).toHaveAttribute('datetime', '2023-11-09');
  await expect(page.locator('article .byline time')).toHaveText('November 9, 2023');
  await expect(page.locator('.byline')).toHaveText(/^November 9, 2023 · \d+ min read$/);
});

test('every seed paragraph is on the page verbatim, in order, with a unique readable id', async ({ page }) => {
  await page.goto(article.path);
  const paragraphs = await paragraphTexts(page);
  expect(paragraphs.map((p) => p.text)).toEqual(seed.paragraphs);
  for (const { id } of paragraphs) expect(id).toMatch(/^[a-z]+(-[a-z]+){2,}$/);
  expect(paragraphs[0]!.id).toBe('chinese-defense-minister-li-shangfu');
  const allIds = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(new Set(allIds).size).toBe(allIds.length);
});

test('each table-of-contents link scrolls to its section', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(article.path);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  const links = toc.getByRole('link');
  await expect(links).toHaveCount(5);
  for (const link of await links.all()) {
    const id = decodeURIComponent((await link.getAttribute('href'))!.slice(1));
    // The page scrolls smoothly: a click while it still moves can land beside the link (CI, Chromium).
    await scrollSettled(page);
    await link.click();
    const heading = page.locator(`[id="${id}"]`);
    await expect(heading).toHaveText((await link.textContent())!);
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
    await expect(heading).toBeInViewport({ ratio: 1 });
  }
});
