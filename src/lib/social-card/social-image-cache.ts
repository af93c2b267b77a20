import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { SocialCard } from './social-image.ts';
import { DrawingPool } from './social-image-pool.ts';

export interface CardCache {
  /** The card's PNG, from the cache or drawn; `upcoming` cards start drawing now too. */
  get(card: SocialCard, upcoming?: SocialCard[]): Promise<Buffer>;
}

// Read from the project, since the build bundles this module elsewhere.
const project = (...path: string[]) => join(process.cwd(), ...path);
const require = createRequire(project('package.json'));
const version = (name: string) =>
  (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;

/**
 * What a card's pixels depend on besides its text: our drawing code and the
 * versions of satori, resvg and the font. Change any of them and every card
 * is drawn again. Only hashed here, so the build process itself never loads
 * satori, resvg or the fonts.
 */
export function drawingInputs(): string[] {
  const code = ['social-card/social-image.ts', 'social-card/png.ts', 'meta/site.ts'].map((file) =>
    readFileSync(project('src/lib', file), 'utf8'),
  );
  return [
    ...code,
    ...['satori', '@resvg/resvg-js', '@fontsource/noto-serif'].map((name) => `${name}@${version(name)}`),
  ];
}

export function drawingKey(): string {
  return createHash('sha256').update(drawingInputs().join('\n')).digest('hex');
}

/**
 * A disk cache of cards keyed by their text and `drawingKey()`, drawing what
 * it lacks with `draw`. A card costs ~25 ms to draw: upcoming cards start
 * drawing now, so every core draws while Astro writes files, and a rebuild
 * draws only new or retitled articles.
 */
export function cardCache(folder: string, draw: (card: SocialCard) => Promise<Buffer>, key = drawingKey()): CardCache {
  const inflight = new Map<string, Promise<Buffer>>();
  const keyOf = (card: SocialCard) =>
    createHash('sha256')
      .update(JSON.stringify([key, card]))
      .digest('hex')
      .slice(0, 32);
  const start = (card: SocialCard): void => {
    const name = keyOf(card);
    if (inflight.has(name)) return;
    const file = join(folder, `${name}.png`);
    const png = existsSync(file)
      ? Promise.resolve(readFileSync(file))
      : draw(card).then((drawn) => {
          mkdirSync(folder, { recursive: true });
          writeFileSync(file, drawn);
          return drawn;
        });
    // A prefetched card's failure surfaces when its page asks for it.
    png.catch(() => undefined);
    inflight.set(name, png);
  };
  return {
    async get(card, upcoming = []) {
      for (const next of [card, ...upcoming]) start(next);
      const name = keyOf(card);
      try {
        return await inflight.get(name)!;
      } finally {
        inflight.delete(name);
      }
    },
  };
}

let cache: CardCache | undefined;

/** The card's PNG for the build: cached on disk, drawn in worker processes. */
export function socialImage(card: SocialCard, upcoming: SocialCard[] = []): Promise<Buffer> {
  if (!cache) {
    const pool = new DrawingPool(project('src/lib/social-card/social-image-worker.ts'));
    // SOCIAL_IMAGE_CACHE moves the cache (the benchmark measures cold builds).
    const folder = process.env['SOCIAL_IMAGE_CACHE'] || project('node_modules/.cache/broadsheet-social-images');
    cache = cardCache(folder, (next) => pool.draw(next));
  }
  return cache.get(card, upcoming);
}
