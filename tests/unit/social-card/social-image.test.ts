import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { canDraw } from '../../../src/lib/social-card/drawable';
import { renderSocialImage } from '../../../src/lib/social-card/social-image';

const card = {
  title: 'China’s Defense Minister Li Shangfu Visits Russia and Belarus',
  date: 'November 9, 2023',
  siteName: 'Broadsheet',
};

/** The rows (y) of a decoded card that hold ink: a pixel much darker than the paper. */
function inkRows(png: Buffer): number[] {
  const { width, height, data } = PNG.sync.read(png);
  const rows: number[] = [];
  for (let y = 20; y < height; y++)
    for (let x = 0; x < width; x++)
      if (data[(y * width + x) * 4]! < 160) {
        rows.push(y);
        break;
      }
  return rows;
}

/** Runs of consecutive rows: one per line of text. */
const lines = (rows: number[]) => rows.filter((row, index) => row !== rows[index - 1]! + 1).length;

describe('renderSocialImage', () => {
  it('draws a 1200×630 card: the accent rule on top, paper below, in the site’s colours', () => {
    const { width, height, data } = PNG.sync.read(renderSocialImage(card));
    expect([width, height]).toEqual([1200, 630]);
    const pixel = (x: number, y: number) => [...data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4)];
    expect(pixel(600, 5)).toEqual([0x9b, 0x1c, 0x1c, 255]);
    expect(pixel(5, 300)).toEqual([0xfb, 0xfa, 0xf7, 255]);
    expect(pixel(1195, 625)).toEqual([0xfb, 0xfa, 0xf7, 255]);
  });

  it('sets the headline at the foot, wrapped into lines, under the site name and date', () => {
    const rows = inkRows(renderSocialImage(card));
    // The header line near the top, the two lines of the headline near the foot.
    expect(lines(rows)).toBe(3);
    expect(rows[0]).toBeLessThan(100);
    expect(rows.at(-1)).toBeGreaterThan(540);
    const longer = inkRows(renderSocialImage({ ...card, title: `${card.title}, and Then Flies On to Minsk` }));
    expect(lines(longer)).toBeGreaterThan(3);
  });

  it('draws Cyrillic, and leaves off a headline its fonts cannot draw', () => {
    expect(lines(inkRows(renderSocialImage({ ...card, title: 'Переговоры в Минске' })))).toBe(2);
    expect(lines(inkRows(renderSocialImage({ ...card, title: '上海港集装箱' })))).toBe(1);
  });

  it('is the same image whether it reads back only the boxes that can hold ink or every pixel', () => {
    const titles = [
      card.title,
      'Переговоры в Минске',
      'A'.repeat(40) + ' ' + 'Ёжик '.repeat(40),
      '',
      // Ink past the usual ascent and descent, and past the ends of a line: stacked accents, tails, a word wider than the card.
      'Ǻngström’s fjord: “Qjÿ” — Ÿ, Ǻ, J',
      'W'.repeat(45),
    ];
    for (const title of titles)
      for (const date of [card.date, '9 ноября 2023 г.']) {
        const boxed = PNG.sync.read(renderSocialImage({ ...card, title, date })).data;
        const whole = PNG.sync.read(renderSocialImage({ ...card, title, date }, { whole: true })).data;
        expect(boxed.equals(whole), `${title} / ${date}`).toBe(true);
      }
  });

  it('knows which texts its fonts can draw', () => {
    expect(canDraw('Li Shangfu visits Minsk — 2023')).toBe(true);
    expect(canDraw('Переговоры в Минске')).toBe(true);
    expect(canDraw('上海港集装箱')).toBe(false);
    expect(canDraw('محادثات القاهرة')).toBe(false);
  });
});
