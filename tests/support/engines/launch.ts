import { launchPuppeteer } from './puppeteer-host.ts';
import type { BrowserHost, Engine } from './reader.ts';
import { launchWebKit } from './webkit-host.ts';

/** Start the engine's browser (or driver) for one test worker. */
export function launchEngine(engine: Engine): Promise<BrowserHost> {
  return engine === 'webkit' ? launchWebKit() : launchPuppeteer(engine);
}
