import { readdirSync, readFileSync } from 'node:fs';
import { articleId } from '../../../src/lib/content/article-id';
import { readFrontMatter } from '../../../src/lib/content/front-matter';
import { feedPath } from '../../../src/lib/paths';
import { expect, test } from '../fixtures';

// The 1,000 generated articles the scale site was built from (tests/support/build-test-sites.ts), read from their files.
const collection = new URL('../../../test-results/content-scale/', import.meta.url);
const published = readdirSync(collection)
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const { data } = readFrontMatter(readFileSync(new URL(file, collection), 'utf8'))!;
    return { slug: articleId(file), date: new Date(String(data['date'])).getTime(), draft: data['draft'] === true };
  })
  .filter((article) => !article.draft);

test('the feed of a 1,000-article archive lists its 50 newest articles, newest first, and no older one', async ({
  page,
  request,
}) => {
  expect(published.length).toBeGreaterThan(50);
  const response = await request.get(feedPath);
  expect(response.status()).toBe(200);
  const items = await page.evaluate(
    (source) => {
      const doc = new DOMParser().parseFromString(source, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error(doc.querySelector('parsererror')!.textContent!);
      return [...doc.querySelectorAll('item')].map((item) => ({
        link: item.querySelector('link')!.textContent!.trim(),
        date: Date.parse(item.querySelector('pubDate')!.textContent!),
      }));
    },
    await response.text(),
  );
  expect(items).toHaveLength(50);
  const dates = items.map((item) => item.date);
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  const listed = new Set(items.map((item) => new URL(item.link).pathname.split('/').at(-2)));
  expect(listed.size).toBe(50);
  for (const slug of listed)
    expect(
      published.some((article) => article.slug === slug),
      slug,
    ).toBe(true);
  // Every article left out is as old as the oldest listed, or older.
  const oldestListed = Math.min(...dates);
  const newestLeftOut = Math.max(...published.filter(({ slug }) => !listed.has(slug)).map(({ date }) => date));
  expect(newestLeftOut).toBeLessThanOrEqual(oldestListed);
});
