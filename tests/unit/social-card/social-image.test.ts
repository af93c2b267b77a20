import { describe, expect, it } from 'vitest';
import { canDraw, renderSocialImage } from '../../../src/lib/social-card/social-image';

describe('renderSocialImage', () => {
  it('should draw a 1200×630 PNG', async () => {
    const png = await renderSocialImage({
      title: 'Переговоры в Минске',
      date: '9 November 2023',
      siteName: 'Broadsheet',
    });
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('should know which headlines its fonts can draw', () => {
    expect(canDraw('Li Shangfu visits Minsk — 2023')).toBe(true);
    expect(canDraw('Переговоры в Минске')).toBe(true);
    expect(canDraw('上海港集装箱')).toBe(false);
    expect(canDraw('محادثات القاهرة')).toBe(false);
  });
});
