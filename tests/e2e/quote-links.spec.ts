import type { Page } from '@playwright/test';
import { wordBoxes } from '../support/pixels';
import { article, expect, scrollSettled, test } from './fixtures';

const paragraph = '#following-his-stay-in-russia';
const quote = 'a close ally of Russia';

/** Drag the pointer over the quote, as a reader selects it. */
async function select(page: Page, first: string, last: string): Promise<void> {
  await page.locator(paragraph).scrollIntoViewIfNeeded();
  const [start] = await page.evaluate(wordBoxes, { selector: paragraph, word: first });
  const ends = await page.evaluate(wordBoxes, { selector: paragraph, word: last });
  const end = ends.find((box) => box.y >= start!.y - 2 && (box.y > start!.y + 2 || box.x > start!.x)) ?? ends[0]!;
  await page.mouse.move(start!.x + 1, start!.y + start!.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width - 1, end.y + end.height / 2, { steps: 8 });
  await page.mouse.up();
  expect(await page.evaluate(() => getSelection()?.toString())).toContain(quote);
}

/** What was copied, as the reader finds it: pasted into a text box. */
async function pasted(page: Page): Promise<string> {
  const box = page.locator('site-search input');
  await box.click();
  await box.fill('');
  await page.keyboard.press('ControlOrMeta+v');
  return box.inputValue();
}

test('selecting a quote offers its link; the link opens the page at the quote', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto(article.path);
  await select(page, 'a', 'Russia.');
  const button = page.locator('.quote-bar button');
  await expect(button).toHaveText('Copy link to this quote');
  await expect(button).toBeVisible();
  // Under the selection, out of the way of the browser's own menu above it.
  const selectionTop = await page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().bottom);
  expect((await button.boundingBox())!.y).toBeGreaterThanOrEqual(selectionTop);
  await button.click();
  await expect(button).toHaveText('Link copied');
  const link = await pasted(page);
  expect(link).toMatch(
    new RegExp(`/articles/li-shangfu-visits-russia-and-belarus/#following-his-stay-in-russia:~:text=`),
  );

  const reader = await context.newPage();
  await reader.goto(link);
  await scrollSettled(reader);
  const [box] = await reader.evaluate(wordBoxes, { selector: paragraph, word: 'ally' });
  const height = await reader.evaluate(() => innerHeight);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(height);
});

/** With the quote selected, follow the paragraph's ¶ by keyboard (Tab from the selection reaches it): what it copied. */
async function copiedByPermalink(page: Page): Promise<string> {
  await select(page, 'a', 'Russia.');
  const permalink = page.locator(`${paragraph} a.permalink`);
  await permalink.focus();
  await page.keyboard.press('Enter');
  await expect(permalink).toHaveAttribute('data-copied', '');
  return pasted(page);
}

test('with text selected in its paragraph, the ¶ link copies the quote’s link', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  await page.goto(article.path);
  expect(await copiedByPermalink(page)).toContain(`#following-his-stay-in-russia:~:text=`);
});

test('without the site’s loader, the ¶ with text selected still copies the paragraph’s link', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
  // The one script file every page loads, lost on the way: quote-link.ts cannot come.
  await page.route('**/_astro/SearchForm*.js', (route) => route.abort());
  await page.goto(article.path);
  expect(await copiedByPermalink(page)).toMatch(
    /\/articles\/li-shangfu-visits-russia-and-belarus\/#following-his-stay-in-russia$/,
  );
});
