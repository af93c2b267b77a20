import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cardCache, drawingInputs, socialImage, type Drawer } from '../../src/lib/social-card/social-image-cache';
import { drawAll } from '../../src/lib/social-card/social-image-pool';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-cards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const card = (title: string) => ({ title, date: '9 November 2023', siteName: 'Broadsheet' });

/** A drawer that counts what it draws, one by one and in batches. */
function counting() {
  const drawn: string[] = [];
  const batches: string[][] = [];
  const drawer: Drawer = {
    async draw(next) {
      drawn.push(next.title);
      return Buffer.from(`png of ${next.title}`);
    },
    async drawAll(jobs) {
      batches.push(jobs.map((job) => job.card.title));
      for (const { card: next, file } of jobs) writeFileSync(file, `png of ${next.title}`);
    },
  };
  return { drawn, batches, drawer };
}

describe('cardCache', () => {
  it('draws a card once, then serves it from disk without drawing', async () => {
    const folder = join(work, 'once');
    const { drawn, drawer } = counting();
    const first = await cardCache(folder, drawer, 'k1').get(card('Cached'));
    // A new cache over the same folder: as the next build would be.
    const again = await cardCache(folder, drawer, 'k1').get(card('Cached'));
    expect(drawn).toEqual(['Cached']);
    expect(again.toString()).toBe(first.toString());
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('draws again when the drawing key changes (new code or library versions) or the text does', async () => {
    const folder = join(work, 'keys');
    const { drawn, drawer } = counting();
    await cardCache(folder, drawer, 'k1').get(card('Title'));
    await cardCache(folder, drawer, 'k2').get(card('Title'));
    await cardCache(folder, drawer, 'k2').get(card('Retitled'));
    expect(drawn).toEqual(['Title', 'Title', 'Retitled']);
  });

  it('starts the upcoming cards at once, drawing each only once', async () => {
    const { drawn, drawer } = counting();
    const cache = cardCache(join(work, 'ahead'), drawer, 'k1');
    const cards = [card('One'), card('Two'), card('Three')];
    await cache.get(cards[0]!, cards.slice(1));
    expect(drawn).toEqual(['One', 'Two', 'Three']);
    await Promise.all(cards.slice(1).map((next) => cache.get(next)));
    expect(drawn).toHaveLength(3);
  });

  it('draws the prefetched cards of one turn in one batch, and serves them without drawing again', async () => {
    const folder = join(work, 'prefetch');
    mkdirSync(folder, { recursive: true });
    const { drawn, batches, drawer } = counting();
    const cache = cardCache(folder, drawer, 'k1');
    cache.prefetch([card('A'), card('B')]);
    cache.prefetch([card('B'), card('C')]);
    const png = await cache.get(card('C'));
    expect(png.toString()).toBe('png of C');
    expect(batches).toEqual([['A', 'B', 'C']]);
    expect(drawn).toEqual([]);
    // On disk now: a later prefetch has nothing to draw.
    cache.prefetch([card('A')]);
    await Promise.resolve();
    expect(batches).toHaveLength(1);
  });

  it('serves a card its batch has drawn while the batch still draws the rest', async () => {
    const folder = join(work, 'early');
    mkdirSync(folder, { recursive: true });
    let finish: (() => void) | undefined;
    const { drawn, drawer } = counting();
    const cache = cardCache(
      folder,
      {
        ...drawer,
        // The newest card first, as the loader orders them, then the batch keeps drawing.
        drawAll: (jobs) => {
          writeFileSync(jobs[0]!.file, `png of ${jobs[0]!.card.title}`);
          return new Promise<void>((done) => (finish = done));
        },
      },
      'k1',
    );
    cache.prefetch([card('Newest'), card('Oldest')]);
    await new Promise((next) => setImmediate(next));
    const png = await cache.get(card('Newest'));
    expect(png.toString()).toBe('png of Newest');
    expect(drawn).toEqual([]);
    finish?.();
  });

  it('draws the prefetched batch in the background, and a second batch, from the other end, when hurried', async () => {
    const folder = join(work, 'hurry');
    mkdirSync(folder, { recursive: true });
    const batches: { titles: string[]; background: boolean }[] = [];
    let finish: (() => void) | undefined;
    const cache = cardCache(
      folder,
      {
        ...counting().drawer,
        drawAll: (jobs, background = false) => {
          batches.push({ titles: jobs.map((job) => job.card.title), background });
          if (!background) return Promise.resolve();
          // The background process has drawn the newest card and works on.
          writeFileSync(jobs[0]!.file, 'drawn');
          return new Promise<void>((done) => (finish = done));
        },
      },
      'k1',
    );
    cache.prefetch([card('Newest'), card('Newer'), card('Older'), card('Oldest')]);
    await new Promise((next) => setImmediate(next));
    cache.hurry();
    cache.hurry();
    expect(batches).toEqual([
      { titles: ['Newest', 'Newer', 'Older', 'Oldest'], background: true },
      { titles: ['Oldest', 'Older', 'Newer'], background: false },
    ]);
    finish?.();
    await new Promise((next) => setImmediate(next));
    cache.hurry();
    expect(batches).toHaveLength(2);
  });

  it('draws a card itself when its batch failed to', async () => {
    const folder = join(work, 'failed-batch');
    const { drawn, drawer } = counting();
    const cache = cardCache(folder, { ...drawer, drawAll: async () => Promise.reject(new Error('worker died')) }, 'k1');
    cache.prefetch([card('Lost')]);
    expect((await cache.get(card('Lost'))).toString()).toBe('png of Lost');
    expect(drawn).toEqual(['Lost']);
  });
});

describe('drawAll', () => {
  // A stand-in for the drawing worker: it writes, as each card, the priority it runs at.
  const script = join(work, 'priority.mjs');
  writeFileSync(
    script,
    `import { readFileSync, writeFileSync } from 'node:fs';
     import { getPriority } from 'node:os';
     for (const { file } of JSON.parse(readFileSync(process.argv[2], 'utf8'))) writeFileSync(file, String(getPriority()));`,
  );
  const job = (name: string) => ({ card: card(name), file: join(work, `${name}.txt`) });

  it('draws in the background at the lowest priority', async () => {
    await drawAll(script, [job('background')], true);
    expect(readFileSync(join(work, 'background.txt'), 'utf8')).toBe('19');
  });

  it('draws at the build’s own priority otherwise', async () => {
    await drawAll(script, [job('foreground')]);
    expect(readFileSync(join(work, 'foreground.txt'), 'utf8')).toBe(String(getPriority()));
  });
});

describe('drawingInputs', () => {
  it('keeps the process alive while a page waits on a card its background batch is drawing', () => {
    // The batch's process is unref'd, as drawAll's is: only the waiting page can keep Node running.
    const script = `
      import { cardCache } from ${JSON.stringify(new URL('../../src/lib/social-card/social-image-cache.ts', import.meta.url).href)};
      import { mkdirSync, writeFileSync } from 'node:fs';
      import { dirname } from 'node:path';
      const card = { title: 'Late', date: '9 November 2023', siteName: 'Broadsheet' };
      const drawer = {
        draw: async () => Buffer.from('drawn here'),
        drawAll: (jobs) => new Promise((done) => setTimeout(() => {
          for (const { file } of jobs) {
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, 'drawn in the background');
          }
          done();
        }, 300).unref()),
      };
      const cache = cardCache(${JSON.stringify(join(work, 'alive'))}, drawer, 'k1');
      cache.prefetch([card]);
      await new Promise((next) => setImmediate(next));
      console.log(String(await cache.get(card)));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('drawn in the background');
  });

  it('holds the versions of Skia and the font', () => {
    const inputs = drawingInputs();
    for (const name of ['@napi-rs/canvas', '@fontsource/noto-serif']) {
      expect(
        inputs.some((input) => new RegExp(`^${name.replace('/', '\\/')}@\\d+\\.\\d+\\.\\d+`).test(input)),
        name,
      ).toBe(true);
    }
  });
});

describe('socialImage', () => {
  it('draws a real 1200×630 PNG in a worker process', async () => {
    process.env['SOCIAL_IMAGE_CACHE'] = join(work, 'real');
    const png = await socialImage(card(`Drawn ${Date.now()}`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  }, 60_000);
});
