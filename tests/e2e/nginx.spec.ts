import { article, paintedShares } from './fixtures';
import { expect, test } from './nginx-fixtures';

for (const base of ['/', '/news/']) {
  test(`behind nginx at ${base}, a header search result opens its paragraph with the words painted`, async ({
    page,
    servers,
  }) => {
    const nginx = servers[base]!;
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(`${nginx.origin}${base}${article.path}`);
    const box = page.locator('site-search').getByLabel('Search articles');
    await box.click();
    await box.pressSequentially('Moscow Conference', { delay: 20 });
    await expect(page.locator('site-search').getByRole('status')).toHaveText(/for “Moscow Conference”\.$/);
    await page
      .locator('site-search [role="option"]')
      .filter({ hasText: 'Moscow Conference on International Security' })
      .first()
      .click();
    await expect(page).toHaveURL(`${nginx.origin}${base}${article.path}#during-his-visit-li-shangfu`);
    const paragraph = page.locator('#during-his-visit-li-shangfu');
    await expect(paragraph).toBeInViewport({ ratio: 1 });
    for (const share of await paintedShares(page, '#during-his-visit-li-shangfu', 'Moscow'))
      expect(share).toBeGreaterThan(0.3);
    expect(errors).toEqual([]);
  });

  test(`behind nginx at ${base}, a missing page is the site’s 404 page with a 404 status`, async ({
    page,
    servers,
  }) => {
    const nginx = servers[base]!;
    const response = await page.goto(`${nginx.origin}${base}no-such-article/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'See the latest articles' }).click();
    await expect(page).toHaveURL(`${nginx.origin}${base}`);
  });
}
