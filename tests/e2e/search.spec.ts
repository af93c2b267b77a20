import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { article, expect, paintedShares, test } from './fixtures';

// Found by its label: it is a plain search box until its first focus loads the combobox code.
const headerBox = (page: Page) => page.locator('site-search').getByLabel('Search articles');
const listbox = (page: Page) => page.getByRole('listbox', { name: 'Search results' });
const pageStatus = (page: Page) => page.locator('search-page').getByRole('status');

/** Whether every occurrence of each word in the paragraph is painted in the highlight colour (from a screenshot). */
async function expectPainted(page: Page, selector: string, words: string[]): Promise<void> {
  for (const word of words) {
    const shares = await paintedShares(page, selector, word);
    expect(shares.length, word).toBeGreaterThan(0);
    for (const share of shares) expect(share, `${word} painted`).toBeGreaterThan(0.3);
  }
}

test('submitting “Moscow Conference” from the header opens the search page, whose result lands on the paragraph', async ({
  page,
}) => {
  await page.goto(article.path);
  await headerBox(page).fill('Moscow Conference');
  await page.getByRole('search', { name: 'Site search' }).getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=Moscow\+Conference$/);

  await expect(pageStatus(page)).toHaveText('1 article for “Moscow Conference”.');
  const result = page.locator('search-page li').filter({ has: page.getByRole('heading', { name: article.title }) });
  await expect(result.locator('time')).toHaveText('November 9, 2023');
  const hit = result.getByRole('link').filter({ hasText: 'Moscow Conference on International Security' });
  await expect(hit.locator('.excerpt mark')).toHaveText(['Moscow', 'Conference']);
  // Its subhead, “An address in Moscow”, labels it, the word marked there too.
  await expect(hit.locator('.section mark')).toHaveText(['Moscow']);

  await result.getByRole('link', { name: article.title }).click();
  await expect(page).toHaveURL(new RegExp(`/${article.path}#during-his-visit-li-shangfu$`));
  const paragraph = page.locator('#during-his-visit-li-shangfu');
  await expect(paragraph).toContainText('Moscow Conference on International Security');
  await expect(paragraph).toBeInViewport({ ratio: 1 });
  await expectPainted(page, '#during-his-visit-li-shangfu', ['Moscow', 'Conference']);
});

test('results appear in the header as you type, grouped by article: its headline, then its best paragraphs', async ({
  page,
}) => {
  await page.goto(article.path);
  await headerBox(page).click();
  await expect(headerBox(page)).toHaveRole('combobox');
  await headerBox(page).pressSequentially('Belarus', { delay: 30 });
  await expect(listbox(page)).toBeVisible();
  await expect(headerBox(page)).toHaveAttribute('aria-expanded', 'true');
  const group = listbox(page).getByRole('group', { name: new RegExp(article.title) });
  // The headline, then the three paragraphs that hold “Belarus” (its subhead labels the one under it).
  await expect(group.getByRole('option')).toHaveCount(4);
  await expect(group.getByRole('option').first()).toHaveText(`${article.title} · November 9, 2023`);
  await expect(page.locator('site-search').getByRole('status')).toHaveText(/^\d articles? for “Belarus”\.$/);

  await headerBox(page).fill('Moscow Conference');
  await expect(
    listbox(page).getByRole('option').filter({ hasText: 'Moscow Conference on International Security' }),
  ).toBeVisible();
});

test('from the home page a reader reaches a paragraph by keyboard alone, with the words marked', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await expect(headerBox(page)).toBeFocused();
  await page.keyboard.type('Moscow Conference');
  const options = listbox(page).getByRole('option');
  // Results follow the typing; wait for the ones for the whole query.
  await expect(page.locator('site-search').getByRole('status')).toHaveText(/for “Moscow Conference”\.$/);
  const texts = await options.allTextContents();
  const target = texts.findIndex((text) => text.includes('Moscow Conference on International Security'));
  expect(target).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowDown');
  await expect(options.nth(target)).toHaveAttribute('aria-selected', 'true');
  // …and a sighted reader sees which: the chosen option alone wears the highlight.
  const backgrounds = await options.evaluateAll((all) => all.map((option) => getComputedStyle(option).backgroundColor));
  expect(backgrounds.filter((colour, index) => index !== target && colour === backgrounds[target])).toEqual([]);
  await expect(headerBox(page)).toHaveAttribute(
    'aria-activedescendant',
    (await options.nth(target).getAttribute('id'))!,
  );
  await expect(headerBox(page)).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`/${article.path}#during-his-visit-li-shangfu$`));
  await expect(page.locator('#during-his-visit-li-shangfu')).toBeInViewport({ ratio: 1 });
  await expectPainted(page, '#during-his-visit-li-shangfu', ['Moscow', 'Conference']);
});

test('Ctrl+K focuses search, Escape closes the results and then clears the box', async ({ page }) => {
  await page.goto(article.path);
  await page.keyboard.press('Control+k');
  await expect(headerBox(page)).toBeFocused();
  await page.keyboard.type('Minister');
  await expect(listbox(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(listbox(page)).toBeHidden();
  await expect(headerBox(page)).toHaveAttribute('aria-expanded', 'false');
  await expect(headerBox(page)).toHaveValue('Minister');
  await page.keyboard.press('Escape');
  await expect(headerBox(page)).toHaveValue('');
  await expect(headerBox(page)).toBeFocused();
});

test('“/” typed into a text field stays in the field', async ({ page }) => {
  await page.goto('search/');
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await box.fill('a/b');
  await expect(box).toHaveValue('a/b');
});

test('the search page runs ?q= on load, updates the address as you type, and Back returns to the results', async ({
  page,
}) => {
  await page.goto('search/?q=neutrality');
  const box = page.getByRole('searchbox', { name: 'Search articles' });
  await expect(box).toHaveValue('neutrality');
  await expect(page.locator('search-page mark').first()).toHaveText(/neutrality/i);

  await box.fill('Belarus');
  await expect(page).toHaveURL(/\/search\/\?q=Belarus$/);
  await expect(pageStatus(page)).toHaveText(/for “Belarus”\.$/);
  await page.locator('search-page a.hit').first().click();
  await expect(page).toHaveURL(/\/articles\//);
  await page.goBack();
  await expect(page).toHaveURL(/\/search\/\?q=Belarus$/);
  await expect(box).toHaveValue('Belarus');
  await expect(pageStatus(page)).toHaveText(/for “Belarus”\.$/);
});

test('a tag or year filter narrows the results, and the sort puts the newest first', async ({ page }) => {
  await page.goto('search/?q=Moscow');
  const titles = page.locator('search-page h2');
  await expect(titles).toHaveCount(2);
  await page.getByLabel('Tag', { exact: true }).selectOption('economy');
  await expect(titles).toHaveText(['Grain Traders Watch Moscow as Corridor Talks Stall']);
  await expect(page).toHaveURL(/[?&]tag=economy/);
  await page.getByLabel('Tag', { exact: true }).selectOption('');
  await page.getByLabel('Year', { exact: true }).selectOption('2023');
  await expect(titles).toHaveText([article.title]);
  await page.getByLabel('Year', { exact: true }).selectOption('');
  await page.getByLabel('Sort', { exact: true }).selectOption('newest');
  await expect(titles).toHaveText([article.title, 'Grain Traders Watch Moscow as Corridor Talks Stall']);
});

test('a Russian article is found by a Russian word in another grammatical form', async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('переговоров')}`);
  const result = page
    .locator('search-page li')
    .filter({ has: page.getByRole('heading', { name: 'Переговоры в Минске продолжаются' }) });
  await expect(result).toBeVisible();
  await expect(result.locator('mark').first()).toHaveText(/переговоры/i);
  await result.locator('a.hit').first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.locator(':target')).toContainText('переговоры');
});

test('every state of the search page says what is happening', async ({ page }) => {
  await page.goto('search/');
  await expect(pageStatus(page)).toHaveText('Type a few words to search every article.');
  await page.goto('search/?q=a');
  await expect(pageStatus(page)).toHaveText('Keep typing: search needs at least two letters.');
  await page.goto('search/?q=zzzyqx');
  await expect(pageStatus(page)).toHaveText('No results for “zzzyqx”. Check the spelling, or try other words.');
  await expect(page.locator('search-page li')).toHaveCount(0);
});

test('every word of a query must be in a result: an unknown word is not dropped', async ({ page }) => {
  await page.goto('search/?q=Moscow+zzzyqx');
  await expect(pageStatus(page)).toHaveText('No article mentions “zzzyqx”. Check the spelling, or try other words.');
  await expect(page.locator('search-page li')).toHaveCount(0);
  await page.goto('search/?q=%22Moscow%22+Belarus');
  await expect(pageStatus(page)).toHaveText('1 article for “"Moscow" Belarus”.');
});

test('a missing or unreachable index gives a clear message, not a blank page', async ({ page }) => {
  await page.route('**/pagefind/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('search/?q=Moscow');
  await expect(pageStatus(page)).toHaveText(/search index could not be loaded/);
  await page.unroute('**/pagefind/**');
  await page.route('**/pagefind/**', (route) => route.abort('internetdisconnected'));
  await page.goto(article.path);
  await headerBox(page).click();
  await page.keyboard.type('Moscow');
  await expect(page.locator('site-search').getByRole('status')).toHaveText(/search index could not be loaded/);
});

test('a slow index shows a loading state, then the results', async ({ page }) => {
  await page.route('**/pagefind/pagefind.js?*', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await route.continue();
  });
  await page.goto('search/?q=Moscow');
  await expect(pageStatus(page)).toHaveText('Searching…');
  await expect(pageStatus(page)).toHaveText('2 articles for “Moscow”.');
});

/** The page's requests in order, by file name: `ask <name>` when made, `got <name>` when finished. */
function requestEvents(page: Page): string[] {
  const events: string[] = [];
  const file = (url: string) => new URL(url).pathname.split('/').at(-1)!;
  page.on('request', (request) => events.push(`ask ${file(request.url())}`));
  page.on('requestfinished', (request) => events.push(`got ${file(request.url())}`));
  return events;
}

test('a first search asks for Pagefind’s entry, metadata and wasm together, and for each once', async ({ page }) => {
  // What Pagefind loads for an English page, read from the index it wrote: its entry, then the two files that names.
  const { languages } = JSON.parse(
    readFileSync(new URL('../../dist/pagefind/pagefind-entry.json', import.meta.url), 'utf8'),
  );
  const wanted = ['pagefind-entry.json', `pagefind.${languages.en.hash}.pf_meta`, `wasm.${languages.en.wasm}.pagefind`];
  const events = requestEvents(page);
  await page.goto(article.path, { waitUntil: 'networkidle' });
  await headerBox(page).click();
  await page.keyboard.type('Minsk');
  await expect(listbox(page).getByRole('option').first()).toBeVisible();
  for (const name of wanted)
    expect(
      events.filter((event) => event === `ask ${name}`),
      name,
    ).toHaveLength(1);
  // Asked for before the entry that names them had arrived: one round trip, not two.
  const entryArrived = events.indexOf('got pagefind-entry.json');
  for (const name of wanted.slice(1)) expect(events.indexOf(`ask ${name}`), name).toBeLessThan(entryArrived);
});

test('focusing the box asks for Pagefind’s entry before any search code has arrived', async ({ page }) => {
  // The search UI and the Pagefind glue held back: the loader alone must start on the index, from the bundle list.
  await page.route(/\/_astro\/(search|pagefind-instances)\.[^/]*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const events = requestEvents(page);
  await page.goto(article.path, { waitUntil: 'networkidle' });
  await headerBox(page).focus();
  await expect.poll(() => events.includes('ask pagefind-entry.json')).toBe(true);
  expect(events.filter((event) => /^got (search|pagefind-instances)\..*\.js$/.test(event))).toEqual([]);
  await page.keyboard.type('Minsk');
  await expect(listbox(page).getByRole('option').first()).toBeVisible();
});

test('no search code or index loads until search is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(article.path, { waitUntil: 'networkidle' });
  const scripts = () => requests.filter((path) => path.endsWith('.js'));
  // Only the small loader: no search UI, no Pagefind.
  expect(scripts()).toHaveLength(1);
  expect(requests.filter((path) => path.includes('/pagefind/'))).toEqual([]);
  await page.keyboard.press('/');
  await expect(headerBox(page)).toBeFocused();
  await page.keyboard.type('Minsk');
  await expect(listbox(page)).toBeVisible();
  expect(scripts().length).toBeGreaterThan(1);
  expect(requests.filter((path) => path.includes('/pagefind/')).length).toBeGreaterThan(0);
});

test('on a phone the results open under the search box, not over it', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 760 });
  await page.goto(article.path);
  await headerBox(page).click();
  await page.keyboard.type('Belarus');
  await expect(listbox(page)).toBeVisible();
  const box = (await headerBox(page).boundingBox())!;
  const popup = (await page.locator('site-search .popup').boundingBox())!;
  expect(popup.y).toBeGreaterThanOrEqual(box.y + box.height);
  expect(popup.x).toBeGreaterThanOrEqual(0);
  expect(popup.x + popup.width).toBeLessThanOrEqual(390);
});
