import { existsSync, readdirSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import type { BrowserHost, Key, Modifier, PageFunction, Point, Reader } from './reader.ts';
import { freePort, startDriver, stopDriver, WebDriverError, WebDriverSession } from './webdriver.ts';

/** WebKitGTK's MiniBrowser, the browser WebKitWebDriver automates (Debian's webkit2gtk-driver). */
export function miniBrowserPath(): string {
  if (process.env['WEBKIT_MINIBROWSER']) return process.env['WEBKIT_MINIBROWSER'];
  for (const lib of [
    '/usr/lib',
    ...readdirSync('/usr/lib')
      .filter((d) => d.endsWith('-linux-gnu'))
      .map((d) => `/usr/lib/${d}`),
  ]) {
    for (const version of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
      const candidate = `${lib}/${version}/MiniBrowser`;
      if (existsSync(candidate)) return candidate;
    }
  }
  throw new Error(
    'MiniBrowser not found: install webkit2gtk-driver (apt-get install webkit2gtk-driver) or set WEBKIT_MINIBROWSER',
  );
}

/** WebDriver key codes: https://www.w3.org/TR/webdriver2/#keyboard-actions */
const KEYS: Record<string, string> = {
  Enter: '\uE007',
  Escape: '\uE00C',
  ArrowDown: '\uE015',
  ArrowUp: '\uE013',
  Tab: '\uE004',
  Backspace: '\uE003',
  Control: '\uE009',
  Shift: '\uE008',
};
const code = (key: string) => KEYS[key] ?? key;

/**
 * WebKitWebDriver under its own virtual display (`xvfb-run -a`), one per
 * worker; each reader is a fresh MiniBrowser session, so storage never
 * carries from one test to the next.
 */
export async function launchWebKit(): Promise<BrowserHost> {
  const binary = miniBrowserPath();
  const start = async () =>
    startDriver(['xvfb-run', '-a', '-s', '-screen 0 1920x1200x24', 'WebKitWebDriver'], await freePort());
  let driver: { url: string; process: ChildProcess } = await start();
  return {
    async open(baseURL) {
      // On a loaded machine WebKitWebDriver now and then drops a new session's
      // connection (or exits): start it again and retry, a few times at most.
      for (let attempt = 1; ; attempt++) {
        try {
          const session = await WebDriverSession.start(driver.url, {
            'webkitgtk:browserOptions': { binary, args: ['--automation'] },
          });
          const reader = new WebKitReader(session, baseURL);
          await reader.setViewport(1280, 800);
          return reader;
        } catch (error) {
          if (attempt === 3) throw error;
          stopDriver(driver.process);
          driver = await start();
        }
      }
    },
    close: async () => stopDriver(driver.process),
  };
}

class WebKitReader implements Reader {
  readonly engine = 'webkit' as const;

  private readonly session: WebDriverSession;
  private readonly baseURL: string;

  constructor(session: WebDriverSession, baseURL: string) {
    this.session = session;
    this.baseURL = baseURL;
  }

  goto(url: string): Promise<void> {
    return this.session.navigate(new URL(url, this.baseURL).href);
  }

  async reload(): Promise<void> {
    await this.session.send('POST', '/refresh', {});
  }

  url(): Promise<string> {
    return this.session.currentUrl();
  }

  evaluate<A extends unknown[], R>(fn: PageFunction<A, R>, ...args: A): Promise<R> {
    return this.session.execute<R>(`return (${fn.toString()}).apply(null, arguments);`, args);
  }

  clickAt({ x, y }: Point): Promise<void> {
    return this.pointer([
      { type: 'pointerMove', duration: 0, origin: 'viewport', x, y },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerUp', button: 0 },
    ]);
  }

  moveTo({ x, y }: Point): Promise<void> {
    return this.pointer([{ type: 'pointerMove', duration: 0, origin: 'viewport', x, y }]);
  }

  drag(from: Point, to: Point): Promise<void> {
    return this.pointer([
      { type: 'pointerMove', duration: 0, origin: 'viewport', x: from.x, y: from.y },
      { type: 'pointerDown', button: 0 },
      { type: 'pointerMove', duration: 200, origin: 'viewport', x: to.x, y: to.y },
      { type: 'pointerUp', button: 0 },
    ]);
  }

  private pointer(actions: unknown[]): Promise<void> {
    return this.session.perform([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions }]);
  }

  async type(text: string): Promise<void> {
    const before = await this.focusedValue();
    try {
      await this.keys(text);
    } catch (error) {
      // On a loaded machine WebKitWebDriver now and then fails a key sequence
      // with a bare "unknown error" part-way (seen in CI typing into the header
      // search). What it did deliver is in the focused field: send the rest, once.
      const now = await this.focusedValue();
      if (!(error instanceof WebDriverError) || before === null || now === null) throw error;
      const chars = [...text];
      for (let sent = chars.length; sent >= 0; sent--) {
        if (now !== before + chars.slice(0, sent).join('')) continue;
        if (sent < chars.length) await this.keys(chars.slice(sent).join(''));
        return;
      }
      throw error;
    }
  }

  private keys(text: string): Promise<void> {
    const actions = [...text].flatMap((char) => [
      { type: 'keyDown', value: char },
      { type: 'keyUp', value: char },
      { type: 'pause', duration: 20 },
    ]);
    return this.session.perform([{ type: 'key', id: 'keyboard', actions }]);
  }

  /** The value of the focused text field, or null when focus is elsewhere. */
  private focusedValue(): Promise<string | null> {
    return this.evaluate(() => {
      const field = document.activeElement;
      return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : null;
    });
  }

  async press(key: Key, modifiers: Modifier[] = []): Promise<void> {
    const down = [...modifiers, key].map((k) => ({ type: 'keyDown', value: code(k) }));
    const up = [key, ...modifiers.toReversed()].map((k) => ({ type: 'keyUp', value: code(k) }));
    await this.session.perform([{ type: 'key', id: 'keyboard', actions: [...down, ...up] }]);
  }

  screenshot(): Promise<Buffer> {
    return this.session.screenshot();
  }

  fullPageScreenshot(): Promise<Buffer> {
    return this.session.screenshot();
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.session.setWindowSize(width, height);
  }

  close(): Promise<void> {
    return this.session.close();
  }
}
