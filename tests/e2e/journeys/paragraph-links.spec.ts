import { articlePath } from '../../../src/lib/paths.ts';
import { click, scrollSettled, waitFor } from '../../support/engines/reader.ts';
import { wordBoxes } from '../../support/pixels.ts';
import { article, expect, pasted, test } from './fixtures.ts';

// See tests/e2e/paragraph-links.spec.ts: the fixture was published once, then edited.
const story = articlePath('harbour-fire-corrected');

/** Whether the element is in view and set apart from a plain paragraph by its background. */
const markedInView = (selector: string) => {
  const element = document.querySelector(selector)!;
  const box = element.getBoundingClientRect();
  const plain = getComputedStyle(document.querySelector('.prose p:last-of-type')!).backgroundColor;
  return box.top < innerHeight && box.bottom > 0 && getComputedStyle(element).backgroundColor !== plain;
};
const noteShown = () => getComputedStyle(document.querySelector('link-note')!).display !== 'none';

test('a link to a deleted paragraph lands where its text stood, marked, with a note, and the current address', async ({
  reader,
}) => {
  await reader.goto(`${story}#traders-said-they-hoped-to`);
  await scrollSettled(reader);
  await waitFor(reader, markedInView, ['#the-warehouse-built-in-1898']);
  expect(await reader.evaluate(noteShown)).toBe(true);
  await waitFor(reader, () => location.hash === '#the-warehouse-built-in-1898', []);
});

test('a link cut short by a chat app finds its paragraph, marks it and says so', async ({ reader }) => {
  await reader.goto(`${story}#following-the-fire`);
  await waitFor(reader, () => location.hash === '#following-the-fire-on-thursday', []);
  await scrollSettled(reader);
  await waitFor(reader, markedInView, ['#following-the-fire-on-thursday']);
  expect(await reader.evaluate(noteShown)).toBe(true);
});

test('a quote selected with the pointer gets a link that opens the page at the quote', async ({ reader }) => {
  await reader.goto(article.path);
  const paragraph = '#following-his-stay-in-russia';
  await reader.evaluate(
    (css: string) => document.querySelector(css)!.scrollIntoView({ block: 'center', behavior: 'instant' }),
    paragraph,
  );
  const [first] = await reader.evaluate(wordBoxes, { selector: paragraph, word: 'close' });
  const [last] = await reader.evaluate(wordBoxes, { selector: paragraph, word: 'ally' });
  await reader.drag(
    { x: Math.round(first!.x + 1), y: Math.round(first!.y + first!.height / 2) },
    { x: Math.round(last!.x + last!.width - 1), y: Math.round(last!.y + last!.height / 2) },
  );
  await waitFor(reader, () => getSelection()?.toString().includes('close ally'), [], {
    message: 'the words to be selected',
  });
  await waitFor(
    reader,
    () =>
      document.querySelector<HTMLElement>('.quote-bar') && !document.querySelector<HTMLElement>('.quote-bar')!.hidden,
    [],
  );
  await click(reader, '.quote-bar button');
  await waitFor(reader, () => document.querySelector('.quote-bar button')?.textContent === 'Link copied', []);
  const link = await pasted(reader);
  expect(link).toContain('#following-his-stay-in-russia:~:text=');
  await reader.goto('about:blank');
  await reader.goto(link);
  await scrollSettled(reader);
  const [box] = await reader.evaluate(wordBoxes, { selector: paragraph, word: 'ally' });
  const height = await reader.evaluate(() => innerHeight);
  expect(box!.y).toBeGreaterThanOrEqual(0);
  expect(box!.y + box!.height).toBeLessThanOrEqual(height);
});
