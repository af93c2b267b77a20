import { MARK_COLOUR, shareOfColour, wordBoxes } from '../../support/pixels.ts';
import { click, scrollSettled } from '../../support/engines/reader.ts';
import { article, expect, test, waitFor } from './fixtures.ts';

test('a header search result opens its paragraph with the search words painted', async ({ reader }) => {
  await reader.goto(article.path);
  await click(reader, 'site-search input');
  await reader.type('Moscow Conference');
  await waitFor(
    reader,
    () => /for “Moscow Conference”\.$/.test(document.querySelector('site-search [role="status"]')?.textContent ?? ''),
    [],
  );
  await click(reader, 'site-search [role="listbox"] [role="option"]', 'Moscow Conference on International Security');
  await waitFor(
    reader,
    () => location.hash === '#during-his-visit-li-shangfu' && document.readyState === 'complete',
    [],
  );
  expect(new URL(await reader.url()).pathname).toMatch(new RegExp(`/${article.path}$`));
  const target = '#during-his-visit-li-shangfu';
  await waitFor(
    reader,
    (css: string) => {
      const box = document.querySelector(css)!.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    },
    [target],
  );
  await scrollSettled(reader);

  const words = [
    ...(await reader.evaluate(wordBoxes, { selector: target, word: 'Moscow' })),
    ...(await reader.evaluate(wordBoxes, { selector: target, word: 'Conference' })),
  ];
  expect(words.length).toBeGreaterThanOrEqual(2);
  const scale = await reader.evaluate(() => devicePixelRatio);
  const painted = await reader.screenshot();
  for (const rect of words)
    expect(
      shareOfColour(painted, rect, MARK_COLOUR, { scale }),
      `${reader.engine} paints ${JSON.stringify(rect)}`,
    ).toBeGreaterThan(0.3);
  // The control: the same boxes once the highlight is gone hold none of its colour.
  await reader.evaluate(() => CSS.highlights.clear());
  const plain = await reader.screenshot();
  for (const rect of words) expect(shareOfColour(plain, rect, MARK_COLOUR, { scale })).toBeLessThan(0.05);
});
