import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { searchPath } from '../../../src/lib/paths';
import { expect, test } from '../fixtures';

// The 1,000 generated articles (tests/support/build-test-sites.ts): the newest 500 in one bundle, the rest in the archive's.
const dist = new URL('../../../dist-scale/articles/', import.meta.url);

/** Each built article's headline and body text, lower case, read from its page: what Pagefind indexes, the truth search is held to. */
const bodies = readdirSync(dist).map((slug) => {
  let text = '';
  visit(rehype().parse(readFileSync(new URL(`${slug}/index.html`, dist), 'utf8')), 'element', (node: Element) => {
    const classes = node.properties['className'];
    if (node.tagName === 'h1' || (Array.isArray(classes) && classes.includes('prose')))
      text += ` ${toString(node).toLowerCase()}`;
  });
  return { slug, words: new Set(text.match(/\p{L}+/gu) ?? []) };
});

/**
 * A word that from 21 to 59 articles hold, with no other word of the corpus
 * starting with its first five letters, so no stemming can make Pagefind's
 * count differ from a plain count of the word.
 */
function chooseWord(): { word: string; count: number } {
  const counts = new Map<string, number>();
  for (const { words } of bodies) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const all = [...counts.keys()];
  for (const [word, count] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    if (count < 21 || count > 59 || word.length < 6 || !/^\p{Ll}+$/u.test(word)) continue;
    if (all.every((other) => other === word || !other.startsWith(word.slice(0, 5)))) return { word, count };
  }
  throw new Error('no word to test with in the generated articles');
}
const { word, count } = chooseWord();
const status = (page: Page) => page.locator('search-page').getByRole('status');
const results = (page: Page) => page.locator('search-page .results > li');

test(`the search page counts every article that holds “${word}”, and “Show more” reaches the last`, async ({
  page,
}) => {
  await page.goto(searchPath(word));
  await expect(status(page)).toHaveText(`${count} articles for “${word}”.`);
  await expect(results(page)).toHaveCount(10);
  const more = page.getByRole('button', { name: 'Show more results' });
  for (let shown = 10; shown < count; shown += 10) {
    await more.click();
    await expect(results(page)).toHaveCount(Math.min(count, shown + 10));
  }
  await expect(more).toBeHidden();
  await expect(results(page)).toHaveCount(count);
  await expect(page).toHaveURL(new RegExp(`[?&]page=${Math.ceil(count / 10)}`));
  // Every one is a different article that holds the word.
  const slugs = await results(page)
    .locator('h2 a')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/').at(-2)));
  expect(new Set(slugs).size).toBe(count);
  for (const slug of slugs) expect(bodies.find((body) => body.slug === slug)?.words.has(word), slug).toBe(true);
});

test('“Show more results” downloads the next ten articles’ excerpts and no index', async ({ page }) => {
  await page.goto(searchPath(word));
  await expect(status(page)).toHaveText(`${count} articles for “${word}”.`);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(results(page)).toHaveCount(20);
  expect(requests.filter((path) => /\.pf_(index|meta|filter)$|pagefind-entry/.test(path))).toEqual([]);
  expect(requests.filter((path) => path.endsWith('.pf_fragment')).length).toBeLessThanOrEqual(10);
});

test('Back from a result on the third page returns to the same results at the same place', async ({ page }) => {
  await page.goto(`${searchPath(word)}&page=3`);
  await expect(results(page)).toHaveCount(Math.min(30, count));
  const target = results(page).nth(24).locator('h2 a');
  await target.scrollIntoViewIfNeeded();
  const title = await target.textContent();
  await target.click();
  await expect(page).toHaveURL(/\/articles\//);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]page=3/);
  await expect(results(page)).toHaveCount(Math.min(30, count));
  await expect(results(page).nth(24).locator('h2 a')).toHaveText(title!);
  await expect(results(page).nth(24).locator('h2 a')).toBeInViewport();
});

test('the header box keeps six places, says they are the recent ones, and leads to all results', async ({ page }) => {
  await page.goto('./');
  const box = page.locator('site-search').getByLabel('Search articles');
  await box.fill(word);
  await expect(page.locator('site-search').getByRole('status')).toHaveText(/^\d+ (recent )?articles? for /);
  const groups = page.locator('site-search [role="group"]');
  await expect(groups).toHaveCount(Math.min(6, count));
  const last = page.locator('site-search [role="option"]').last();
  await expect(last).toHaveText(/^See all /);
  await last.click();
  await expect(status(page)).toHaveText(`${count} articles for “${word}”.`);
});
