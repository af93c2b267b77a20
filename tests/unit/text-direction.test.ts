import { describe, expect, it } from 'vitest';
import { textDirection } from '../../src/lib/text-direction';

describe('textDirection', () => {
  it('is right to left for each of the 13 right-to-left languages it knows, whatever the subtags or case', () => {
    for (const lang of ['ar', 'arc', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi', 'fa-IR', 'AR'])
      expect(textDirection(lang), lang).toBe('rtl');
  });

  it('is left to right for everything else', () => {
    for (const lang of ['en', 'ru', 'zh-Hans', 'hi', 'el', 'ja', 'arn']) expect(textDirection(lang), lang).toBe('ltr');
  });
});
