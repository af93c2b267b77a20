/**
 * Search cost from a cold page (fresh context, empty cache): through the
 * site's own header search box (focus, type, wait until the results listbox
 * holds result options) and through the Pagefind API alone.
 */
import type { Browser, Page } from 'playwright-core';
import { freshContext } from './browser.ts';
import { NetworkRecorder, totals, type RequestRecord } from './network.ts';

export interface SearchSpan {
  /** Time to results: see each field's comment in `SearchUiResult` / `SearchApiResult`. */
  ms: number;
  requests: number;
  transferBytes: number;
  decodedBytes: number;
  urls: string[];
}

export interface SearchUiResult {
  /** First keystroke → results rendered (DOM holds the options and a frame has passed). `results`: articles listed. */
  cold: SearchSpan & { domMs: number; results: number };
  /** Second query (the box's text selected and replaced), typed in a burst. `ms` is from the first keystroke. */
  warm: SearchSpan & { domMs: number; results: number; fromLastKeyMs: number };
  /** Third query typed at a reader's pace (`PACED_KEY_MS` a key), so each prefix's search is done before the next key. */
  paced?: SearchSpan & { domMs: number; results: number; fromLastKeyMs: number };
}

/** A fast typist: about 100 words a minute. */
export const PACED_KEY_MS = 120;

export interface SearchApiResult {
  /** import('pagefind.js') + init() + search() + data() of the first 5 results. */
  cold: SearchSpan & { results: number };
  /** search() + data() of the first 5 results for another word. */
  warm: SearchSpan & { results: number };
}

const TIMEOUT = 20_000;

function span(ms: number, records: RequestRecord[]): SearchSpan {
  const sum = totals(records);
  return {
    ms,
    requests: sum.requests,
    transferBytes: sum.transferBytes,
    decodedBytes: sum.decodedBytes,
    urls: records.map((record) => record.url),
  };
}

interface Probe {
  firstKey: number;
  lastKey: number;
  dom: number;
  painted: number;
  results: number;
}
type ProbeWindow = Window & { __benchProbe?: Probe; __benchArm?: (query: string) => void };

/** In the page: timestamps of keystrokes and of the results for `query` appearing in the listbox. */
async function installProbe(page: Page, inputSelector: string): Promise<void> {
  await page.evaluate((selector) => {
    const w = window as ProbeWindow;
    const input = document.querySelector<HTMLInputElement>(selector)!;
    // The results listbox is in the HTML from the start (aria-controls is set only once the UI loads).
    const list = input.closest('site-search')!.querySelector<HTMLElement>('[role="listbox"]')!;
    let query = '';
    let observer: MutationObserver | undefined;
    document.addEventListener(
      'keydown',
      () => {
        const probe = w.__benchProbe;
        if (probe && Number.isNaN(probe.firstKey)) probe.firstKey = performance.now();
      },
      { capture: true },
    );
    input.addEventListener(
      'input',
      () => {
        if (w.__benchProbe) w.__benchProbe.lastKey = performance.now();
      },
      { capture: true },
    );
    w.__benchArm = (next: string) => {
      query = next;
      const probe: Probe = {
        firstKey: Number.NaN,
        lastKey: Number.NaN,
        dom: Number.NaN,
        painted: Number.NaN,
        results: 0,
      };
      w.__benchProbe = probe;
      observer?.disconnect();
      const before = list.innerHTML;
      // Results for this query: the list changed, holds result options (grouped by article, or
      // at least two options: a hit and "see all"), and shows the query's word.
      observer = new MutationObserver(() => {
        if (!Number.isNaN(probe.dom) || list.innerHTML === before) return;
        const options = list.querySelectorAll('[role="option"]');
        const grouped = list.querySelectorAll('[role="group"] [role="option"]').length > 0;
        // Results render as the reader types: only the ones for the whole query count, as the status names it.
        const status = input.closest('site-search')!.querySelector('[role="status"]')?.textContent ?? '';
        if (!(grouped || options.length >= 2) || !status.includes(`“${query}”`)) return;
        probe.dom = performance.now();
        probe.results = list.querySelectorAll('[role="group"]').length || options.length;
        observer?.disconnect();
        // The frame that shows the results: rAF runs before paint, the task after it runs after.
        requestAnimationFrame(() => setTimeout(() => (probe.painted = performance.now()), 0));
      });
      observer.observe(list, { childList: true, subtree: true, characterData: true });
    };
  }, inputSelector);
}

async function typeQuery(
  page: Page,
  inputSelector: string,
  query: string,
  replace: boolean,
  delay = 0,
): Promise<Probe> {
  await page.evaluate((q) => (window as ProbeWindow).__benchArm!(q), query);
  if (replace)
    await page.evaluate((selector) => document.querySelector<HTMLInputElement>(selector)!.select(), inputSelector);
  else await page.focus(inputSelector);
  await page.keyboard.type(query, { delay });
  await page
    .waitForFunction(() => !Number.isNaN((window as ProbeWindow).__benchProbe!.painted), null, {
      timeout: TIMEOUT,
      polling: 20,
    })
    .catch(async () => {
      const status = await page
        .locator('[role="status"]')
        .first()
        .textContent()
        .catch(() => '');
      throw new Error(`No results rendered for “${query}” within ${TIMEOUT} ms (status: ${status || 'empty'})`);
    });
  return page.evaluate(() => (window as ProbeWindow).__benchProbe!);
}

/** A cold page in a fresh context, its network recorded and quiet. */
async function openSettled(browser: Browser, url: string) {
  const context = await freshContext(browser);
  const recorder = new NetworkRecorder(context);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await recorder.settle(300);
  return { context, recorder, page };
}

export async function measureSearchUi(
  browser: Browser,
  url: string,
  queries: { first: string; second: string; third?: string },
): Promise<SearchUiResult> {
  const { context, recorder, page } = await openSettled(browser, url);
  try {
    const input = 'site-search input[type="search"]';
    // No waiting for the combobox: its code loads on first focus, and a cold first query pays for that.
    await installProbe(page, input);

    let from = recorder.mark();
    const cold = await typeQuery(page, input, queries.first, false);
    let to = recorder.mark();
    await recorder.settle();
    const coldSpan = span(cold.painted - cold.firstKey, recorder.between(from, to));

    from = recorder.mark();
    const warm = await typeQuery(page, input, queries.second, true);
    to = recorder.mark();
    await recorder.settle();
    const warmSpan = span(warm.painted - warm.firstKey, recorder.between(from, to));
    const result: SearchUiResult = {
      cold: { ...coldSpan, domMs: cold.dom - cold.firstKey, results: cold.results },
      warm: {
        ...warmSpan,
        domMs: warm.dom - warm.firstKey,
        results: warm.results,
        fromLastKeyMs: warm.painted - warm.lastKey,
      },
    };
    if (queries.third) {
      from = recorder.mark();
      const paced = await typeQuery(page, input, queries.third, true, PACED_KEY_MS);
      to = recorder.mark();
      await recorder.settle();
      const pacedSpan = span(paced.painted - paced.firstKey, recorder.between(from, to));
      result.paced = {
        ...pacedSpan,
        domMs: paced.dom - paced.firstKey,
        results: paced.results,
        fromLastKeyMs: paced.painted - paced.lastKey,
      };
    }
    return result;
  } finally {
    await context.close();
  }
}

interface PagefindApi {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
}
type ApiWindow = Window & { __benchPagefind?: PagefindApi };

export async function measureSearchApi(
  browser: Browser,
  url: string,
  base: string,
  queries: { first: string; second: string },
): Promise<SearchApiResult> {
  const { context, recorder, page } = await openSettled(browser, url);
  try {
    let from = recorder.mark();
    const cold = await page.evaluate(
      async ({ bundle, query }) => {
        const started = performance.now();
        const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as PagefindApi;
        await pagefind.init();
        const response = await pagefind.search(query);
        await Promise.all(response.results.slice(0, 5).map((result) => result.data()));
        (window as ApiWindow).__benchPagefind = pagefind;
        return { ms: performance.now() - started, results: response.results.length };
      },
      { bundle: `${base}pagefind/`, query: queries.first },
    );
    let to = recorder.mark();
    await recorder.settle();
    const coldSpan = span(cold.ms, recorder.between(from, to));

    from = recorder.mark();
    const warm = await page.evaluate(async (query) => {
      const pagefind = (window as ApiWindow).__benchPagefind!;
      const started = performance.now();
      const response = await pagefind.search(query);
      await Promise.all(response.results.slice(0, 5).map((result) => result.data()));
      return { ms: performance.now() - started, results: response.results.length };
    }, queries.second);
    to = recorder.mark();
    await recorder.settle();
    const warmSpan = span(warm.ms, recorder.between(from, to));
    if (cold.results === 0 || warm.results === 0)
      throw new Error(`Pagefind found nothing for “${queries.first}” or “${queries.second}”`);
    return { cold: { ...coldSpan, results: cold.results }, warm: { ...warmSpan, results: warm.results } };
  } finally {
    await context.close();
  }
}
