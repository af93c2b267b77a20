import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Only the /news/ test site splits its index: its 3 newest articles in the
// first bundle, the rest in the archive's (tests/support/build-test-sites.ts);
// so this file runs in the `news` project alone (tests/playwright.config.ts).

const pageStatus = (page: Page) => page.locator('search-page').getByRole('status');
const newest = 'China’s Defense Minister Li Shangfu Visits Russia and Belarus';
const archived = 'Grain Traders Watch Moscow as Corridor Talks Stall';

/** Hold the archive's index until the test lets it go. */
async function holdArchive(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind-archive/**', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

test('the search page shows the newest articles at once, then the archive’s under them', async ({ page }) => {
  const release = await holdArchive(page);
  await page.goto('search/?q=Moscow');
  await expect(pageStatus(page)).toHaveText('1 article for “Moscow” so far; searching older articles…');
  await expect(page.locator('search-page .results > li h2')).toHaveText([newest]);
  release();
  await expect(pageStatus(page)).toHaveText('2 articles for “Moscow”.');
  await expect(page.locator('search-page .results > li h2')).toHaveText([newest, archived]);
});

test('an article only the archive holds is found; the header box lists the archive’s after the newest', async ({
  page,
}) => {
  // “spent” is in no other article (an analysis of the same talks now shares “corridor”).
  await page.goto('search/?q=spent');
  await expect(page.locator('search-page .results > li h2')).toHaveText([archived]);
  await page.goto('./');
  await page.locator('site-search').getByLabel('Search articles').fill('Moscow');
  // Newest first: the list has room for six articles, so the archive's come after.
  await expect(page.locator('site-search [role="group"] .headline')).toHaveText([
    new RegExp(`^${newest}`),
    new RegExp(`^${archived}`),
  ]);
});
