import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const cache = mkdtempSync(join(tmpdir(), 'broadsheet-cards-'));
process.env['SOCIAL_IMAGE_CACHE'] = cache;
const { socialImage } = await import('../../src/lib/social-image-cache');
afterAll(() => rmSync(cache, { recursive: true, force: true }));

const card = (title: string) => ({ title, date: '9 November 2023', siteName: 'Broadsheet' });

describe('socialImage', () => {
  it('should draw cards in worker processes and keep them on disk', async () => {
    const cards = [card('One'), card('Two'), card('Three')];
    const pngs = await Promise.all(cards.map((c, i) => socialImage(c, cards.slice(i + 1))));
    for (const png of pngs) expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect(readdirSync(cache)).toHaveLength(3);
  }, 60_000);

  it('should serve a card it has drawn before from the cache, byte for byte', async () => {
    const first = await socialImage(card('Cached'));
    const [file] = readdirSync(cache).filter((name) => existsSync(join(cache, name)));
    expect(file).toBeDefined();
    expect(Buffer.compare(await socialImage(card('Cached')), first)).toBe(0);
    expect(readdirSync(cache)).toHaveLength(4);
  }, 60_000);
});
