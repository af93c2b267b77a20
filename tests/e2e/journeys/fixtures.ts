/**
 * The reader's journeys, run in Chromium, Firefox and WebKit alike (the
 * project's `engine` option). Each worker serves the built site itself, with
 * a page observer (tests/support/page-observer.ts), so every test fails on an
 * uncaught error, a `console.error` or a CSP violation in any engine.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { test as base, expect } from '@playwright/test';
import { parsePlainTextArticle } from '../../../src/cli/import/plain-text-article.ts';
import { launchEngine } from '../../support/engines/launch.ts';
import { click, waitFor, type BrowserHost, type Engine, type Reader } from '../../support/engines/reader.ts';
import { PageObserver } from '../../support/page-observer.ts';
import { serveStatic } from '../../support/static-server.ts';
import { articlePath } from '../../../src/lib/paths.ts';

export { expect };
export { waitFor } from '../../support/engines/reader.ts';

export const seed = parsePlainTextArticle(readFileSync(new URL('../../fixtures/seed.txt', import.meta.url), 'utf8'));
export const article = {
  path: articlePath('li-shangfu-visits-russia-and-belarus'),
  title: 'China’s Defense Minister Li Shangfu Visits Russia and Belarus',
};

interface Site {
  url: string;
  observer: PageObserver;
}

const dist = new URL('../../../dist/', import.meta.url).pathname;

export const test = base.extend<{ reader: Reader }, { engine: Engine; site: Site; host: BrowserHost }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  site: [
    async ({}, use) => {
      const observer = new PageObserver();
      const server: Server = await serveStatic(dist, '/', 0, '127.0.0.1', observer);
      const { port } = server.address() as { port: number };
      await use({ url: `http://127.0.0.1:${port}/`, observer });
      server.close();
    },
    { scope: 'worker' },
  ],
  host: [
    async ({ engine }, use) => {
      const host = await launchEngine(engine);
      await use(host);
      await host.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  reader: async ({ host, site }, use) => {
    site.observer.take();
    const reader = await host.open(site.url);
    await use(reader);
    // Reports travel as beacons: give the last ones time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await reader.close();
    expect(site.observer.take(), `problems reported by pages in ${reader.engine}`).toEqual([]);
  },
});

/**
 * What was copied, as a reader finds it: pasted into the header's search box
 * once the box has the focus (under load a key pressed before the click
 * lands goes elsewhere; CI saw an empty paste so). The box then searches the
 * pasted text: its answer is awaited, so that a test leaving the page next
 * does not cut off an index download (Firefox reports that as an error).
 */
export async function pasted(reader: Reader): Promise<string> {
  await click(reader, 'site-search input');
  await waitFor(reader, () => document.activeElement === document.querySelector('site-search input'), []);
  await reader.press('v', ['Control']);
  const text = await waitFor(reader, () => document.querySelector<HTMLInputElement>('site-search input')!.value, []);
  await waitFor(
    reader,
    () => /\.$/.test(document.querySelector('site-search [role="status"]')?.textContent ?? ''),
    [],
    {
      message: 'the box to answer the pasted text',
    },
  );
  return text;
}
