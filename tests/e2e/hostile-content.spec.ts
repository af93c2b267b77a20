import { expect, test } from './fixtures';
import { articlePath } from '../../src/lib/paths';

const path = articlePath('hostile-html');

test('hostile HTML in an article never reaches the page, and nothing in it runs', async ({ page }) => {
  await page.goto(path);
  const prose = page.locator('.prose');
  await expect(prose).toContainText('The council met on Monday');
  for (const selector of [
    'script',
    'iframe',
    'object',
    'embed',
    'form',
    'input',
    'style',
    '[style]',
    '[onclick]',
    '[onerror]',
    '[onmouseover]',
  ]) {
    await expect(prose.locator(selector), selector).toHaveCount(0);
  }
  await expect(prose.locator('a[href^="javascript:"], a[href^="data:"], img[src^="data:"]')).toHaveCount(0);
  await expect(prose).not.toContainText('display: none');
  await expect(prose).not.toContainText('__hostile');

  // Give every handler that might have survived its chance to run.
  await page.getByText('A paragraph written as HTML').hover();
  await page.getByText('A paragraph written as HTML').click();
  await page.getByText('A javascript link').click();
  expect(await page.evaluate(() => (window as unknown as { __hostile?: string }).__hostile)).toBeUndefined();
  await expect(page).toHaveURL(new RegExp(`${path}$`));
});

test('the harmless markup of the same article still renders', async ({ page }) => {
  await page.goto(path);
  const prose = page.locator('.prose');
  await expect(prose.locator('em')).toHaveText('long');
  await expect(prose.locator('strong')).toHaveText('three');
  await expect(prose.getByRole('listitem')).toHaveText(['A list item that survives', 'Another list item']);
  await expect(prose.locator('blockquote')).toContainText('A blockquote that survives, from the mayor.');
  await expect(prose.getByRole('table').getByRole('row')).toHaveCount(3);
  await expect(prose.getByRole('cell', { name: 'North' })).toBeVisible();
  await expect(prose.getByText('Harmless details survive too.')).toBeVisible();
  await expect(
    page.getByText('A paragraph written as HTML with handlers and a style attribute still reads as text.'),
  ).toBeVisible();
});

test('a link to another site gets rel="noopener noreferrer"; links inside the site do not', async ({ page }) => {
  await page.goto(path);
  await expect(page.getByRole('link', { name: 'link to the minutes' })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(page.locator('.prose a.permalink').first()).not.toHaveAttribute('rel', /.+/);
});
