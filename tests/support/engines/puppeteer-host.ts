import puppeteer, { type KeyInput, type Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.ts';
import type { BrowserHost, Engine, Key, Modifier, PageFunction, Point, Reader } from './reader.ts';

export const FIREFOX_PATH = process.env['FIREFOX_PATH'] || '/usr/bin/firefox-esr';

/** Debian's Chromium over CDP, or Firefox ESR over WebDriver BiDi. */
export async function launchPuppeteer(engine: Extract<Engine, 'chromium' | 'firefox'>): Promise<BrowserHost> {
  const browser =
    engine === 'chromium'
      ? await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: FIREFOX_PATH,
          headless: true,
          // Let a test read what the page copied, as pasting would, without a permission prompt.
          extraPrefsFirefox: { 'dom.events.testing.asyncClipboard': true },
        });
  return {
    async open(baseURL) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      return new PuppeteerReader(engine, page, baseURL, () => context.close());
    },
    close: () => browser.close(),
  };
}

class PuppeteerReader implements Reader {
  readonly engine: Engine;
  private readonly page: Page;
  private readonly baseURL: string;
  private readonly dispose: () => Promise<void>;

  constructor(engine: Engine, page: Page, baseURL: string, dispose: () => Promise<void>) {
    this.engine = engine;
    this.page = page;
    this.baseURL = baseURL;
    this.dispose = dispose;
  }

  async goto(url: string): Promise<void> {
    await this.page.goto(new URL(url, this.baseURL).href, { waitUntil: 'load' });
  }

  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }

  async url(): Promise<string> {
    return this.page.url();
  }

  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R> {
    return this.page.evaluate(fn as never, ...(args as unknown as never[])) as Promise<R>;
  }

  async clickAt({ x, y }: Point): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async moveTo({ x, y }: Point): Promise<void> {
    await this.page.mouse.move(x, y);
  }

  async drag(from: Point, to: Point): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x, to.y, { steps: 8 });
    await this.page.mouse.up();
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 20 });
  }

  async press(key: Key, modifiers: Modifier[] = []): Promise<void> {
    for (const modifier of modifiers) await this.page.keyboard.down(modifier);
    await this.page.keyboard.press(key as KeyInput);
    for (const modifier of modifiers.toReversed()) await this.page.keyboard.up(modifier);
  }

  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.page.screenshot({ type: 'png' }));
  }

  async fullPageScreenshot(): Promise<Buffer> {
    return Buffer.from(await this.page.screenshot({ type: 'png', fullPage: true }));
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.page.setViewport({ width, height });
  }

  async close(): Promise<void> {
    await this.dispose();
  }
}
