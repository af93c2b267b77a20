import { hostileQueries } from '../support/hostile-queries';
import { article, expect, test } from './fixtures';

test('200 hostile queries inject nothing, throw nothing and leave the search usable', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(article.path);
  const box = page.locator('site-search').getByLabel('Search articles');
  const listbox = page.getByRole('listbox', { name: 'Search results' });
  await box.click();
  await expect(box).toHaveRole('combobox');
  // Elements that are not ours: anything the page did not have, outside the results.
  const foreignElements = () =>
    page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'script:not([src]):not([type]), img, iframe, svg:not([aria-hidden]), object, embed, b',
        ),
      ]
        .filter((element) => !element.closest('theme-toggle') && !element.closest('head'))
        .map((element) => element.outerHTML.slice(0, 80)),
    );
  const before = await foreignElements();

  for (const [index, query] of hostileQueries().entries()) {
    // Set the value the way a paste does, so lone surrogates and control characters get through.
    await box.evaluate((input: HTMLInputElement, value) => {
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, query);
    if (index % 20 === 19) {
      // Still responsive: a real query typed now gets real results.
      await box.fill('Moscow Conference');
      await expect(
        listbox.getByRole('option').filter({ hasText: 'Moscow Conference on International Security' }),
      ).toBeVisible();
    }
  }

  expect(await foreignElements()).toEqual(before);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  await expect(listbox.locator('script, img, iframe, svg, b, [onerror], [onload], [onfocus]')).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${article.path}$`));
});

test('a hostile query in the search page address is shown as text, never run', async ({ page }) => {
  const query = '<img src=x onerror="window.__injected=1"><b>bold</b>';
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  // It comes back as text, markup and all (no article holds any of its words).
  await expect(page.locator('search-page').getByRole('status')).toHaveText(
    `No results for “${query}”. Check the spelling, or try other words.`,
  );
  await expect(page.locator('search-page img, search-page b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});
