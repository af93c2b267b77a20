import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SocialCard } from '../../src/lib/social-card/social-image';
import { cardCache, drawingInputs, socialImage } from '../../src/lib/social-card/social-image-cache';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-cards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const card = (title: string) => ({ title, date: '9 November 2023', siteName: 'Broadsheet' });

/** A drawing function that counts its calls. */
function counting() {
  const drawn: string[] = [];
  const draw = async (next: SocialCard) => {
    drawn.push(next.title);
    return Buffer.from(`png of ${next.title}`);
  };
  return { drawn, draw };
}

describe('cardCache', () => {
  it('draws a card once, then serves it from disk without drawing', async () => {
    const folder = join(work, 'once');
    const { drawn, draw } = counting();
    const first = await cardCache(folder, draw, 'k1').get(card('Cached'));
    // A new cache over the same folder: as the next build would be.
    const again = await cardCache(folder, draw, 'k1').get(card('Cached'));
    expect(drawn).toEqual(['Cached']);
    expect(again.toString()).toBe(first.toString());
    expect(readdirSync(folder)).toHaveLength(1);
  });

  it('draws again when the drawing key changes (new code or library versions) or the text does', async () => {
    const folder = join(work, 'keys');
    const { drawn, draw } = counting();
    await cardCache(folder, draw, 'k1').get(card('Title'));
    await cardCache(folder, draw, 'k2').get(card('Title'));
    await cardCache(folder, draw, 'k2').get(card('Retitled'));
    expect(drawn).toEqual(['Title', 'Title', 'Retitled']);
  });

  it('starts the upcoming cards at once, drawing each only once', async () => {
    const { drawn, draw } = counting();
    const cache = cardCache(join(work, 'ahead'), draw, 'k1');
    const cards = [card('One'), card('Two'), card('Three')];
    await cache.get(cards[0]!, cards.slice(1));
    expect(drawn).toEqual(['One', 'Two', 'Three']);
    await Promise.all(cards.slice(1).map((next) => cache.get(next)));
    expect(drawn).toHaveLength(3);
  });
});

describe('drawingInputs', () => {
  it('holds the versions of satori, resvg and the font', () => {
    const inputs = drawingInputs();
    for (const name of ['satori', '@resvg/resvg-js', '@fontsource/noto-serif']) {
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
