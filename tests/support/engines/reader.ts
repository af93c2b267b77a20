/**
 * What a browser test does as a reader, in any engine: open a page, look at
 * it (script, screenshots), point, click and type. Chromium and Firefox are
 * driven through puppeteer-core (CDP and WebDriver BiDi), WebKit through
 * WebKitWebDriver (classic WebDriver): Playwright's own Firefox and WebKit
 * builds cannot be downloaded here.
 */
export type Engine = 'chromium' | 'firefox' | 'webkit';
export const ENGINES: Engine[] = ['chromium', 'firefox', 'webkit'];

/** Keys a journey presses, by their `KeyboardEvent.key` names. */
export type Key = 'Enter' | 'Escape' | 'ArrowDown' | 'ArrowUp' | 'Tab' | 'Backspace' | '/' | 'k' | 'v' | 'a' | 'c';
export type Modifier = 'Control' | 'Shift';

/** A function run in the page: plain JavaScript, serialised with `toString()`. */
export type PageFunction<A extends unknown[], R> = (...args: A) => R | Promise<R>;

export interface Point {
  x: number;
  y: number;
}

export interface Reader {
  readonly engine: Engine;
  /** Open `url`, resolved against the site's base URL, and wait for the load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R>;
  /** A real pointer click at a point of the viewport (CSS pixels). */
  clickAt(point: Point): Promise<void>;
  /** Move the pointer to a point of the viewport. */
  moveTo(point: Point): Promise<void>;
  /** Press the pointer at one point, move it to another and release it: a selection, for text. */
  drag(from: Point, to: Point): Promise<void>;
  /** Type into the focused element, key by key. */
  type(text: string): Promise<void>;
  press(key: Key, modifiers?: Modifier[]): Promise<void>;
  /** The viewport as a PNG. */
  screenshot(): Promise<Buffer>;
  /** The whole page as a PNG, where the engine can (else the viewport). */
  fullPageScreenshot(): Promise<Buffer>;
  /** Size the viewport (WebKit: the window, so the viewport is a little smaller). */
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

/** A browser process for one worker, handing out isolated readers (fresh storage each). */
export interface BrowserHost {
  open(baseURL: string): Promise<Reader>;
  close(): Promise<void>;
}

/** Poll `fn` in the page until it returns something truthy (the value), or fail after `timeout` ms. */
export async function waitFor<A extends unknown[], R>(
  reader: Reader,
  fn: PageFunction<A, R>,
  args: A,
  { timeout = 10_000, message = fn.toString() } = {},
): Promise<NonNullable<R>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await reader.evaluate(fn, ...args);
      if (value) return value as NonNullable<R>;
      last = value;
    } catch (error) {
      // A navigation in progress destroys the context; try again.
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`waited ${timeout} ms in ${reader.engine} for ${message}; last: ${String(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The middle of the first element matching `selector` (and holding `text`,
 * if given), scrolled into view first: where a reader would click it.
 */
export async function centreOf(reader: Reader, selector: string, text = ''): Promise<Point> {
  return waitFor(
    reader,
    (css: string, wanted: string) => {
      const element = [...document.querySelectorAll(css)].find((candidate) => candidate.textContent?.includes(wanted));
      if (!element) return undefined;
      element.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
      const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
      return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
    },
    [selector, text],
    { message: `an element ${selector}${text ? ` holding “${text}”` : ''}` },
  );
}

/** Click the first element matching `selector` (and holding `text`) as a reader would: pointer to its middle, press, release. */
export async function click(reader: Reader, selector: string, text = ''): Promise<void> {
  await reader.clickAt(await centreOf(reader, selector, text));
}

/** Rest the pointer on the first element matching `selector`. */
export async function hover(reader: Reader, selector: string, text = ''): Promise<void> {
  await reader.moveTo(await centreOf(reader, selector, text));
}

/** Wait until the page has stopped scrolling (a smooth scroll to a fragment takes a few hundred ms). */
export async function scrollSettled(reader: Reader): Promise<void> {
  await waitFor(
    reader,
    () =>
      new Promise<boolean>((resolve) => {
        const start = [scrollX, scrollY].join();
        setTimeout(
          () =>
            requestAnimationFrame(() =>
              resolve(document.readyState === 'complete' && [scrollX, scrollY].join() === start),
            ),
          150,
        );
      }),
    [],
    { message: 'the page to stop scrolling' },
  );
}
