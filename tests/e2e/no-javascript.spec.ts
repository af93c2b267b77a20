import { article, expect, paragraphTexts, seed, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('with JavaScript off the article, its contents and paragraph links still work', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 600 });
  await page.goto(article.path);
  expect((await paragraphTexts(page)).map((p) => p.text)).toEqual(seed.paragraphs);

  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: 'Next stop: Belarus' })
    .click();
  await expect(page).toHaveURL(/#next-stop-belarus$/);
  await expect(page.locator('#next-stop-belarus')).toBeInViewport({ ratio: 1 });

  const paragraph = page.locator('#neutrality-as-beijing-tells-it + p');
  await paragraph.hover();
  await paragraph.locator('a.permalink').click();
  await expect(page).toHaveURL(/#china-maintains-a-stance-of$/);
  await expect(paragraph).toBeInViewport({ ratio: 1 });
});

test('with JavaScript off the search page says search needs it and links to the articles', async ({ page }) => {
  await page.goto('search/?q=Moscow');
  await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
  await page.getByRole('link', { name: 'browse every article in the archive' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archive');
});
