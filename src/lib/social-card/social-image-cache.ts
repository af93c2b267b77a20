import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SocialCard } from './social-image.ts';
import { DrawingPool, drawAll } from './social-image-pool.ts';
import { writeWhole } from './write-whole.ts';

export interface CardCache {
  /** The card's PNG, from the cache or drawn; `upcoming` cards start drawing now too. */
  get(card: SocialCard, upcoming?: SocialCard[]): Promise<Buffer>;
  /** The cache's file of the card's PNG, once it is there (as `get`). */
  file(card: SocialCard, upcoming?: SocialCard[]): Promise<string>;
  /** Start drawing, in the background, the cards the cache lacks, for a later `get`. */
  prefetch(cards: SocialCard[]): void;
  /** The build has little left to do: the cards still being drawn in the background get a core more. */
  hurry(): void;
}

/** How the cache has cards drawn. */
export interface Drawer {
  /** One card, now. */
  draw(card: SocialCard): Promise<Buffer>;
  /**
   * Many, in order, each written to its file (skipped if it is there) by a
   * process of its own, at the lowest priority if `background`; settles when
   * that process ends.
   */
  drawAll(jobs: Job[], background?: boolean): Promise<void>;
}

interface Job {
  card: SocialCard;
  file: string;
}

// Read from the project, since the build bundles this module elsewhere.
const project = (...path: string[]) => join(process.cwd(), ...path);
const require = createRequire(project('package.json'));
const version = (name: string) =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

/**
 * What a card's pixels depend on besides its text: our drawing code and the
 * versions of Skia (@napi-rs/canvas) and the font. Change any of them and
 * every card is drawn again. Only hashed here, so the build process itself
 * never loads Skia or the fonts.
 */
export function drawingInputs(): string[] {
  const code = ['social-card/social-image.ts', 'social-card/drawable.ts', 'social-card/png.ts', 'meta/site.ts'].map(
    (file) => readFileSync(project('src/lib', file), 'utf8'),
  );
  return [...code, ...['@napi-rs/canvas', '@fontsource/noto-serif'].map((name) => `${name}@${version(name)}`)];
}

export function drawingKey(): string {
  return createHash('sha256').update(drawingInputs().join('\n')).digest('hex');
}

/**
 * A disk cache of cards keyed by their text and `drawingKey()`, drawing what
 * it lacks with `draw`. A card costs some 5 ms to draw: the build starts
 * them early (the loader prefetches every card while it renders the
 * Markdown on the other core) so they are on disk when their pages are
 * written, and a rebuild draws only new or retitled articles. A drawn card
 * goes straight to disk, not to memory: 10,000 of them would hold 500 MB.
 */
export function cardCache(folder: string, drawer: Drawer, key = drawingKey()): CardCache {
  const inflight = new Map<string, Promise<void>>();
  const batched = new Map<string, Promise<void>>();
  let pending: Job[] = [];
  let batch: Promise<void> | undefined;
  /** The background processes still drawing, with what each was given. */
  const drawing = new Map<Promise<void>, Job[]>();
  const keyOf = (card: SocialCard) =>
    createHash('sha256')
      .update(JSON.stringify([key, card]))
      .digest('hex')
      .slice(0, 32);
  const fileOf = (card: SocialCard) => join(folder, `${keyOf(card)}.png`);
  const start = (card: SocialCard): void => {
    const name = keyOf(card);
    if (inflight.has(name) || batched.has(name) || existsSync(fileOf(card))) return;
    const written = drawer.draw(card).then((png) => writeWhole(fileOf(card), png));
    // A prefetched card's failure surfaces when its page asks for it.
    written.catch(() => undefined);
    inflight.set(name, written);
  };
  const cache: CardCache = {
    async get(card, upcoming = []) {
      return readFileSync(await cache.file(card, upcoming));
    },
    async file(card, upcoming = []) {
      const name = keyOf(card);
      // Drawn in the background? Then from disk, once that is done; if it failed, here and now.
      // Its own file may be there already (the batch draws in the order pages ask): no need to wait for the rest.
      const background = batched.get(name);
      if (background && !existsSync(fileOf(card))) {
        // The batch's process never holds the build open; a page waiting on it must, or Node would
        // exit, its event loop empty, with the build half-written and exit code 0.
        const open = setInterval(() => undefined, 60_000);
        await background.catch(() => undefined).finally(() => clearInterval(open));
      }
      batched.delete(name);
      for (const next of [card, ...upcoming]) start(next);
      try {
        await inflight.get(name);
      } finally {
        inflight.delete(name);
      }
      return fileOf(card);
    },
    prefetch(cards) {
      for (const card of cards) {
        const name = keyOf(card);
        if (inflight.has(name) || batched.has(name) || existsSync(fileOf(card))) continue;
        // Every card asked for in this turn goes to one background process.
        batch ??= Promise.resolve().then(() => {
          const jobs = pending;
          pending = [];
          batch = undefined;
          const done = drawer.drawAll(jobs, true);
          drawing.set(done, jobs);
          const over = () => drawing.delete(done);
          done.then(over, over);
          return done;
        });
        pending.push({ card, file: fileOf(card) });
        batched.set(name, batch);
      }
    },
    hurry() {
      // A second process draws what is left from the other end; each skips the cards the other drew.
      for (const [done, jobs] of drawing) {
        drawing.delete(done);
        // The first process still draws every card it lists: this one failing costs time, no card.
        drawer.drawAll(jobs.filter(({ file }) => !existsSync(file)).reverse()).catch(() => undefined);
      }
    },
  };
  return cache;
}

const CACHE = Symbol.for('broadsheet.social-image-cache');

/**
 * The build's one card cache, shared through `globalThis`: the content
 * loader and the card route are bundled apart, so each has its own copy of
 * this module, and both must see the same cards in flight.
 */
function buildCache(): CardCache {
  const shared = globalThis as { [CACHE]?: CardCache };
  if (!shared[CACHE]) {
    const script = project('src/lib/social-card/social-image-worker.ts');
    const pool = new DrawingPool(script);
    // SOCIAL_IMAGE_CACHE moves the cache (the benchmark measures cold builds).
    const folder = process.env['SOCIAL_IMAGE_CACHE'] || project('node_modules/.cache/broadsheet-social-images');
    shared[CACHE] = cardCache(folder, {
      draw: (card) => pool.draw(card),
      drawAll: (jobs, background) => drawAll(script, jobs, background),
    });
  }
  return shared[CACHE];
}

/** The card's PNG for the build: cached on disk, drawn in worker processes. */
export function socialImage(card: SocialCard, upcoming: SocialCard[] = []): Promise<Buffer> {
  return buildCache().get(card, upcoming);
}

/** The cache's file of the card's PNG for the build, drawn first if need be. */
export function socialImageFile(card: SocialCard): Promise<string> {
  return buildCache().file(card);
}

/** Start drawing the build's cards now, in worker processes, while it does other work. */
export function prefetchSocialImages(cards: SocialCard[]): void {
  buildCache().prefetch(cards);
}

/** The build has rendered its pages: the cards still to draw get a core more. */
export function hurrySocialImages(): void {
  buildCache().hurry();
}
