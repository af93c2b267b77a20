import { readFileSync } from 'node:fs';
import { test as base, expect } from '@playwright/test';
import { parsePlainTextArticle } from '../../src/cli/import/plain-text-article';
import { MARK_COLOUR, shareOfColour, wordBoxes } from '../support/pixels';
import { articlePath } from '../../src/lib/paths';

export { expect };

export const seed = parsePlainTextArticle(readFileSync(new URL('../fixtures/seed.txt', import.meta.url), 'utf8'));
export const article = {
  slug: 'li-shangfu-visits-russia-and-belarus',
  path: articlePath('li-shangfu-visits-russia-and-belarus'),
  title: 'China’s Defense Minister Li Shangfu Visits Russia and Belarus',
};

/**
 * Every test fails on an uncaught error or console error in the page (this is
 * how a broken bundle such as `__VITE_PRELOAD__ is not defined` shows), on any
 * Content-Security-Policy violation, and on any request that leaves the local
 * server.
 */
export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL!).origin;
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      // Chromium logs blocked resources, but not every CSP report reaches the console: listen for them all.
      await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(`CSP violation: ${text}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
          report(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
          );
        });
      });
      page.on('console', (message) => {
        // A failed request (a 404 page, a test's cut-off index) shows in the page itself and is asserted there.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          problems.push(`console: ${message.text()}`);
      });
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.origin !== origin)
          problems.push(`request to another origin: ${url}`);
      });
      await use(problems);
      expect(problems, 'problems reported by the page').toEqual([]);
    },
    { auto: true },
  ],
});

/** A paragraph's text as a reader sees it, without its "¶" permalink. */
export function paragraphTexts(page: import('@playwright/test').Page) {
  return page.locator('.prose p').evaluateAll((paragraphs) =>
    paragraphs.map((p) => ({
      id: p.id,
      text: [...p.childNodes]
        .filter((node) => !(node instanceof Element && node.matches('a.permalink')))
        .map((node) => node.textContent)
        .join('')
        .trim(),
    })),
  );
}

/** Wait until the page has stopped scrolling (a smooth scroll to a fragment takes a few hundred ms). */
export async function scrollSettled(page: import('@playwright/test').Page): Promise<void> {
  const still = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const start = scrollY;
          setTimeout(() => requestAnimationFrame(() => resolve(scrollY === start)), 150);
        }),
    );
  await expect.poll(still).toBe(true);
}

/**
 * For each whole-word occurrence of `word` in the element `selector`, the
 * share of its box painted in the search highlight's colour (from a
 * screenshot: what the reader sees, not what the script registered).
 */
export async function paintedShares(
  page: import('@playwright/test').Page,
  selector: string,
  word: string,
): Promise<number[]> {
  await scrollSettled(page);
  const rects = await page.evaluate(wordBoxes, { selector, word });
  const png = await page.screenshot();
  return rects.map((rect) => shareOfColour(png, rect, MARK_COLOUR));
}
