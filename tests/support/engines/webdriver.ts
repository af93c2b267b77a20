/**
 * Just enough of the W3C WebDriver protocol (classic, over HTTP) to drive
 * WebKitGTK's WebKitWebDriver: navigation, script, pointer and key actions,
 * window size and screenshots. WebKit has no BiDi here and the usual clients
 * (webdriver, WebdriverIO) pull in downloaders for drivers we must not fetch.
 * https://www.w3.org/TR/webdriver2/
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** The WebDriver "element" reference key. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export class WebDriverError extends Error {}

export class WebDriverSession {
  private readonly server: string;
  readonly id: string;

  constructor(server: string, id: string) {
    this.server = server;
    this.id = id;
  }

  static async start(server: string, capabilities: Record<string, unknown>): Promise<WebDriverSession> {
    // A session that has not started in 15 s never will (seen with WebKitWebDriver on a loaded machine).
    const { sessionId } = await command<{ sessionId: string }>(
      server,
      'POST',
      '/session',
      { capabilities: { alwaysMatch: capabilities } },
      15_000,
    );
    return new WebDriverSession(server, sessionId);
  }

  send<T = unknown>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
    return command<T>(this.server, method, `/session/${this.id}${path}`, body);
  }

  navigate(url: string): Promise<void> {
    return this.send('POST', '/url', { url });
  }

  currentUrl(): Promise<string> {
    return this.send('GET', '/url');
  }

  /** Run `body` (a function body; `arguments` holds `args`) and return its JSON result; promises are awaited. */
  async execute<T>(body: string, args: unknown[] = []): Promise<T> {
    const result = await this.send<{ ok?: T; error?: string }>('POST', '/execute/async', {
      script: `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (function () { ${body} }).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
          .then((value) => done({ ok: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));`,
      args,
    });
    if (result.error !== undefined) throw new WebDriverError(`script failed: ${result.error}`);
    return result.ok as T;
  }

  async findElement(selector: string): Promise<string> {
    const found = await this.send<Record<string, string>>('POST', '/element', {
      using: 'css selector',
      value: selector,
    });
    return found[ELEMENT]!;
  }

  /** Pointer and key actions: https://www.w3.org/TR/webdriver2/#actions */
  async perform(actions: unknown[]): Promise<void> {
    await this.send('POST', '/actions', { actions });
    await this.send('DELETE', '/actions');
  }

  setWindowSize(width: number, height: number): Promise<void> {
    return this.send('POST', '/window/rect', { width, height });
  }

  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.send<string>('GET', '/screenshot'), 'base64');
  }

  addCookie(cookie: { name: string; value: string }): Promise<void> {
    return this.send('POST', '/cookie', { cookie });
  }

  async close(): Promise<void> {
    await command(this.server, 'DELETE', `/session/${this.id}`).catch(() => undefined);
  }
}

async function command<T>(
  server: string,
  method: string,
  path: string,
  body?: unknown,
  timeoutMs?: number,
): Promise<T> {
  const response = await fetch(`${server}${path}`, {
    method,
    ...(timeoutMs ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
    headers: { 'content-type': 'application/json; charset=utf-8' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const payload = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok) throw new WebDriverError(`${method} ${path}: ${payload.value?.error}: ${payload.value?.message}`);
  return payload.value;
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Start a WebDriver server (e.g. `WebKitWebDriver`, under `xvfb-run` for a display) and wait until it answers. */
export async function startDriver(command: string[], port: number): Promise<{ url: string; process: ChildProcess }> {
  const [program, ...args] = command;
  const child = spawn(program!, [...args, `--port=${port}`], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new WebDriverError(`${program} exited (${child.exitCode}): ${stderr}`);
    const ready = await fetch(`${url}/status`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new WebDriverError(`${program} did not answer on port ${port} within 10 s: ${stderr}`);
}

/** Stop a driver started by `startDriver`, with the display server it runs under. */
export function stopDriver(child: ChildProcess): void {
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
}
