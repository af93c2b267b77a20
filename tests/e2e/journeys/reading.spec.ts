import { click, hover, scrollSettled } from '../../support/engines/reader.ts';
import { article, expect, pasted, seed, test, waitFor } from './fixtures.ts';

test('the article shows every seed paragraph verbatim, each with a unique id and a ¶ link to it', async ({
  reader,
}) => {
  await reader.goto(article.path);
  const paragraphs = await reader.evaluate(() =>
    [...document.querySelectorAll('.prose p')].map((p) => ({
      id: p.id,
      text: [...p.childNodes]
        .filter((node) => !(node instanceof Element && node.matches('a.permalink')))
        .map((node) => node.textContent)
        .join('')
        .trim(),
      permalink: p.querySelector('a.permalink')?.getAttribute('href'),
    })),
  );
  expect(paragraphs.map((p) => p.text)).toEqual(seed.paragraphs);
  for (const p of paragraphs) {
    expect(p.id).toMatch(/^[a-z]+(-[a-z]+)+$/);
    expect(p.permalink).toBe(`#${p.id}`);
  }
  const ids = await reader.evaluate(() => [...document.querySelectorAll('[id]')].map((element) => element.id));
  expect(new Set(ids).size).toBe(ids.length);
});

test('a paragraph link lands with the paragraph in view and visibly marked', async ({ reader }) => {
  await reader.setViewport(390, 844);
  await reader.goto(`${article.path}#following-his-stay-in-russia`);
  await waitFor(reader, () => {
    const box = document.getElementById('following-his-stay-in-russia')!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  }, []);
  const [marked, plain] = await reader.evaluate(() =>
    ['following-his-stay-in-russia', 'chinese-defense-minister-li-shangfu'].map(
      (id) => getComputedStyle(document.getElementById(id)!).backgroundColor,
    ),
  );
  expect(marked).not.toBe(plain);
});

test('the table of contents marks the section of the paragraph a link opens', async ({ reader }) => {
  await reader.setViewport(1280, 800);
  await reader.goto(article.path);
  // Each paragraph's section, read from the page's own structure: the last <h2> before it.
  const cases = await reader.evaluate(() =>
    [...document.querySelectorAll('.prose > p')].flatMap((p) => {
      let heading = p.previousElementSibling;
      while (heading && heading.tagName !== 'H2') heading = heading.previousElementSibling;
      return heading ? [{ id: p.id, section: heading.textContent!.trim() }] : [];
    }),
  );
  expect(cases.length).toBeGreaterThan(3);
  for (const { id, section } of cases) {
    // A fresh load each time: an arrival, not a scroll within the page.
    await reader.goto('about:blank');
    await reader.goto(`${article.path}#${id}`);
    // The entries a reader sees marked: set in bold.
    const bold = () =>
      reader.evaluate(() =>
        [...document.querySelectorAll('toc-highlight a')]
          .filter((link) => Number(getComputedStyle(link).fontWeight) >= 600)
          .map((link) => link.textContent!.trim()),
      );
    await expect.poll(bold, { message: `arriving at #${id}`, timeout: 3000 }).toEqual([section]);
  }
});

test('a table-of-contents link scrolls its section into view', async ({ reader }) => {
  await reader.setViewport(1280, 800);
  await reader.goto(article.path);
  await click(reader, 'toc-highlight a', 'Neutrality, as Beijing tells it');
  await waitFor(reader, () => location.hash === '#neutrality-as-beijing-tells-it', []);
  await waitFor(reader, () => {
    const box = document.getElementById('neutrality-as-beijing-tells-it')!.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= innerHeight;
  }, []);
});

test('the ¶ permalink shows on hover, puts the paragraph in the address and copies it', async ({ reader }) => {
  await reader.goto(article.path);
  const permalink = '#during-his-visit-li-shangfu a.permalink';
  const opacity = () =>
    reader.evaluate((css: string) => getComputedStyle(document.querySelector(css)!).opacity, permalink);
  // Hidden, or faint where the device cannot hover (`hover: none`).
  expect(Number(await opacity())).toBeLessThan(1);
  await hover(reader, '#during-his-visit-li-shangfu');
  await waitFor(reader, (css: string) => getComputedStyle(document.querySelector(css)!).opacity === '1', [permalink]);
  await click(reader, permalink);
  await waitFor(reader, () => location.hash === '#during-his-visit-li-shangfu', []);
  await waitFor(
    reader,
    (css: string) => getComputedStyle(document.querySelector(css)!, '::after').content.includes('Link copied'),
    [permalink],
  );
  // Pasted once the page has stopped scrolling to the paragraph (a click aimed mid-scroll missed the box).
  await scrollSettled(reader);
  expect(await pasted(reader)).toBe(await reader.url());
});

test('the theme toggle switches to dark and the choice survives a reload', async ({ reader }) => {
  await reader.goto(article.path);
  const background = () => reader.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await background();
  expect(light).toBe('rgb(253, 252, 249)');
  await click(reader, 'theme-toggle button');
  await waitFor(reader, () => getComputedStyle(document.body).backgroundColor === 'rgb(22, 23, 26)', []);
  await reader.reload();
  await waitFor(reader, () => document.readyState === 'complete', []);
  expect(await background()).toBe('rgb(22, 23, 26)');
});

test('odd fragments (#%E0, #%, #:~:text=…, #<script>) leave the page working', async ({ reader }) => {
  for (const fragment of ['%E0', '%', '%E0%A4%A', '%ZZ', ':~:text=Belarus', '%3Cscript%3E']) {
    await reader.goto('about:blank');
    await reader.goto(`${article.path}?highlight=x#${fragment}`);
    // The page works: its search answers (the fixture fails the test on any error the page reports).
    await click(reader, 'site-search input');
    await reader.type('Minister');
    await waitFor(
      reader,
      () => /for “Minister”\.$/.test(document.querySelector('site-search [role="status"]')?.textContent ?? ''),
      [],
      { message: `search after opening #${fragment}` },
    );
  }
});

test('a byline leads to the author’s page, and their article list back to the article', async ({ reader }) => {
  await reader.goto('articles/analysis-grain-prices/');
  await click(reader, '.byline a[rel="author"]', 'Mara Lind');
  await waitFor(
    reader,
    () => location.pathname.endsWith('/authors/mara-lind/') && document.readyState === 'complete',
    [],
  );
  expect(await reader.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Mara Lind');
  await click(reader, '.card h2 a', 'Why Grain Prices Rise');
  await waitFor(
    reader,
    () => location.pathname.endsWith('/articles/analysis-grain-prices/') && document.readyState === 'complete',
    [],
  );
  expect(await reader.evaluate(() => document.querySelector('h1')?.textContent)).toBe(
    'Why Grain Prices Rise When the Corridor Talks Stall',
  );
});
