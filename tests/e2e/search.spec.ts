import { article, expect, test } from './fixtures';

test('searching “Moscow Conference” from the header lands on the paragraph that holds those words', async ({ page }) => {
  await page.goto(article.path);
  const box = page.getByRole('search', { name: 'Site search' }).getByRole('searchbox', { name: 'Search articles' });
  await box.fill('Moscow Conference');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=Moscow\+Conference$/);

  const results = page.locator('search-results');
  await expect(results.getByRole('status')).toHaveText(/paragraphs? in 1 article for “Moscow Conference”/);
  const result = results.getByRole('listitem').filter({ has: page.getByRole('heading', { name: article.title }) });
  await expect(result.locator('time')).toHaveText('November 9, 2023');
  await expect(result.locator('mark').first()).toHaveText(/Moscow|Conference/);
  const hit = result.getByRole('link').filter({ hasText: 'Moscow Conference on International Security' });
  await expect(hit).toHaveAttribute('href', new RegExp(`/${article.path}#during-his-visit-li-shangfu$`));

  await result.getByRole('link', { name: article.title }).click();
  await expect(page).toHaveURL(new RegExp(`/${article.path}#during-his-visit-li-shangfu$`));
  const paragraph = page.locator('#during-his-visit-li-shangfu');
  await expect(paragraph).toContainText('Moscow Conference on International Security');
  await expect(paragraph).toBeInViewport({ ratio: 1 });
});

test('every paragraph hit links to a paragraph that holds the word', async ({ page }) => {
  await page.goto('search/?q=Belarus');
  const hits = page.locator('search-results a.hit');
  await expect(hits.first()).toBeVisible();
  const count = await hits.count();
  expect(count).toBeGreaterThanOrEqual(4);
  for (let i = 0; i < count; i++) {
    if (i > 0) await page.goBack();
    const hit = hits.nth(i);
    const id = decodeURIComponent(new URL((await hit.getAttribute('href'))!, page.url()).hash.slice(1));
    await hit.click();
    const target = page.locator(':target');
    await expect(target).toHaveAttribute('id', id);
    await expect(target).toContainText('Belarus');
    await expect(target).toBeInViewport();
  }
});

test('the search page runs ?q= on load and keeps the words in the boxes', async ({ page }) => {
  await page.goto('search/?q=neutrality');
  await expect(page.getByRole('searchbox', { name: 'Search articles' }).first()).toHaveValue('neutrality');
  await expect(page.locator('search-results mark').first()).toHaveText(/neutrality/i);
});

test('a search with no hits says so and suggests what to try', async ({ page }) => {
  await page.goto('search/?q=zzzyqx');
  await expect(page.locator('search-results').getByRole('status')).toHaveText('No results for “zzzyqx”. Try fewer or different words.');
  await expect(page.locator('search-results li')).toHaveCount(0);
});

test('an empty search page invites a query', async ({ page }) => {
  await page.goto('search/');
  await expect(page.locator('search-results').getByRole('status')).toHaveText('Type a few words to search every article.');
});

test('a missing search index gives a clear message, not a blank page', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('search/?q=Moscow');
  await expect(page.locator('search-results').getByRole('status')).toHaveText(/search index could not be loaded/);
});
