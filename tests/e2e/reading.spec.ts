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

test('opening a paragraph URL brings that paragraph fully into view and marks it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${article.path}#following-his-stay-in-russia`);
  const paragraph = page.locator('#following-his-stay-in-russia');
  await expect(paragraph).toContainText(seed.paragraphs[3]!);
  await expect(paragraph).toBeInViewport({ ratio: 1 });
  const background = (selector: string) =>
    page.locator(selector).evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(await background('#following-his-stay-in-russia')).not.toBe(
    await background('#chinese-defense-minister-li-shangfu'),
  );
});

test('a paragraph permalink puts its URL in the address bar and copies it', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto(article.path);
  const paragraph = page.locator('#during-his-visit-li-shangfu');
  await paragraph.hover();
  const permalink = paragraph.getByRole('link', { name: /^Link to paragraph: During his visit/ });
  await expect(permalink).toBeVisible();
  await permalink.click();
  await expect(page).toHaveURL(new RegExp(`/${article.path}#during-his-visit-li-shangfu$`));
  await expect(page.getByRole('status').filter({ hasText: 'copied' })).toHaveText(
    'Link to paragraph copied to the clipboard.',
  );
  await expect(permalink).toHaveAttribute('data-copied', '');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test('the permalink shows on keyboard focus', async ({ page }) => {
  await page.goto(article.path);
  const permalink = page.locator('#chinese-defense-minister-li-shangfu a.permalink');
  await expect(permalink).toHaveCSS('opacity', '0');
  await permalink.focus();
  await expect(permalink).toHaveCSS('opacity', '1');
});

test('an unknown address shows the 404 page with a way back', async ({ page }) => {
  const response = await page.goto('no-such-article/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'See the latest articles' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest articles');
});

for (const [name, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshot of the article, ${name}, ${colorScheme}`, async ({ page }, info) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto(article.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
      // What the screenshot must show: the theme's own page colour, nothing wider
      // than the screen, and the contents as a sidebar on a desktop, a closed block on a phone.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        colorScheme === 'dark' ? 'rgb(22, 23, 26)' : 'rgb(253, 252, 249)',
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible({ visible: name === 'desktop' });
      await expect(page.locator('summary', { hasText: 'Contents' })).toBeVisible({ visible: name === 'phone' });
      await page.screenshot({
        path: `test-results/screenshots/${info.project.name}-article-${name}-${colorScheme}.png`,
        fullPage: true,
      });
    });
  }
}
