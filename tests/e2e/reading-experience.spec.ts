import { article, expect, test } from './fixtures';

const desktop = { width: 1280, height: 800 };
const phone = { width: 390, height: 844 };

test('the theme toggle switches theme and the choice survives a reload with no flash', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(article.path);
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).not.toBe(light);

  // Record the theme at the moment <body> is parsed: before anything can paint.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).not.toBe(light);
});

test('the dark system theme is followed when nothing was chosen', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(article.path);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 23, 26)');
});

test('on a wide screen the sticky contents mark the section being read', async ({ page }) => {
  await page.setViewportSize(desktop);
  await page.goto(article.path);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await page
    .locator('#next-stop-belarus')
    .evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('Next stop: Belarus');
  await expect(toc).toBeInViewport();
  await page
    .locator('#what-the-visit-signals')
    .evaluate((heading) => heading.scrollIntoView({ block: 'start', behavior: 'instant' }));
  await expect(toc.locator('a[aria-current="true"]')).toHaveText('What the visit signals');
});

test('on a phone the contents are a collapsed block whose links work', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto(article.path);
  const summary = page.locator('summary', { hasText: 'Contents' });
  await expect(summary).toBeVisible();
  const toc = page.getByRole('navigation', { name: 'Contents' });
  await expect(toc).toBeHidden();
  await summary.click();
  await toc.getByRole('link', { name: 'Neutrality, as Beijing tells it' }).click();
  await expect(page).toHaveURL(/#neutrality-as-beijing-tells-it$/);
  await expect(page.locator('#neutrality-as-beijing-tells-it')).toBeInViewport({ ratio: 1 });
});

test('printing shows the article alone, with its address and date', async ({ page, baseURL }) => {
  await page.goto(article.path);
  await page.emulateMedia({ media: 'print' });
  for (const chrome of [
    page.locator('.site-header'),
    page.getByRole('search'),
    page.locator('.toc-collapsible'),
    page.locator('.toc-sidebar'),
    page.locator('a.permalink').first(),
    page.locator('.site-footer'),
    page.getByRole('link', { name: 'Back to top ↑' }),
  ]) {
    await expect(chrome).toBeHidden();
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('article .byline time')).toBeVisible();
  await expect(page.getByText(/Printed from http/)).toContainText(new URL(article.path, baseURL).pathname);
});

test('reduced motion turns off smooth scrolling', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(article.path);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth');
});

test('the back-to-top link returns to the top and the progress bar is decorative', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize(phone);
  await page.goto(article.path);
  await page.getByRole('link', { name: 'Back to top ↑' }).click();
  await expect.poll(() => page.evaluate(() => scrollY)).toBe(0);
  await expect(page.locator('.reading-progress')).toHaveAttribute('aria-hidden', 'true');
});

for (const [size, viewport] of Object.entries({ desktop, phone })) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`screenshot of the home page, ${size}, ${colorScheme}`, async ({ page }, info) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest articles');
      // The theme's own page colour, a card per article, nothing wider than the screen.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        colorScheme === 'dark' ? 'rgb(22, 23, 26)' : 'rgb(253, 252, 249)',
      );
      await expect(page.locator('article.card').first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `test-results/screenshots/${info.project.name}-home-${size}-${colorScheme}.png`,
        fullPage: true,
      });
    });
  }
}
