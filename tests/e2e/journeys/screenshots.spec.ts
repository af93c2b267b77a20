import { mkdirSync, writeFileSync } from 'node:fs';
import { click } from '../../support/engines/reader.ts';
import { articlePath } from '../../../src/lib/paths.ts';
import { article, expect, test, waitFor } from './fixtures.ts';

const folder = new URL('../../../test-results/screenshots/', import.meta.url).pathname;

// For a person to look at: each engine's rendering of the pages, light and dark, desktop and phone.
for (const [size, width, height] of [
  ['desktop', 1280, 800],
  ['phone', 390, 844],
] as const) {
  test(`screenshots of the article and home page, ${size}, light and dark`, async ({ reader }) => {
    mkdirSync(folder, { recursive: true });
    await reader.setViewport(width, height);
    for (const theme of ['light', 'dark']) {
      for (const [name, path] of [
        ['article', article.path],
        ['home', './'],
        // A corrected article opened at a deleted paragraph's id: the paragraph it went to marked, the note shown.
        ['corrected', `${articlePath('harbour-fire-corrected')}#traders-said-they-hoped-to`],
        // The news desk: an opinion piece (its label, related reading) and an author's page.
        ['opinion', articlePath('opinion-harbour-tolls')],
        ['author', 'authors/mara-lind/'],
      ]) {
        await reader.goto(path!);
        if (theme === 'dark' && name === 'article') await click(reader, 'theme-toggle button');
        await waitFor(
          reader,
          (dark: boolean) => (getComputedStyle(document.body).backgroundColor === 'rgb(22, 23, 26)') === dark,
          [theme === 'dark'],
        );
        const png = await (name === 'corrected' ? reader.screenshot() : reader.fullPageScreenshot());
        expect(png.length).toBeGreaterThan(1000);
        writeFileSync(`${folder}${reader.engine}-${name}-${size}-${theme}.png`, png);
      }
    }
  });
}
