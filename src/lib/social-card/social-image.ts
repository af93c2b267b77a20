import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori, { type Font as FontOptions } from 'satori';
import { encodePng } from './png.ts';
import { SOCIAL_IMAGE } from '../meta/site.ts';

export interface SocialCard {
  title: string;
  /** Already formatted for the article's language. */
  date: string;
  siteName: string;
}

// Resolved from the project, not this file: the build bundles this module elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));
const font = (file: string) => readFileSync(require.resolve(`@fontsource/noto-serif/files/${file}`));
// Noto Serif's Latin and Cyrillic subsets; satori falls back from one family to
// the next per glyph. One array for every image: satori caches parsed fonts by it.
const FONTS: FontOptions[] = [
  { name: 'Noto Serif', weight: 700, style: 'normal', data: font('noto-serif-latin-700-normal.woff') },
  { name: 'Noto Serif Cyrillic', weight: 700, style: 'normal', data: font('noto-serif-cyrillic-700-normal.woff') },
  { name: 'Noto Serif', weight: 400, style: 'normal', data: font('noto-serif-latin-400-normal.woff') },
  { name: 'Noto Serif Cyrillic', weight: 400, style: 'normal', data: font('noto-serif-cyrillic-400-normal.woff') },
];

/** Scripts the bundled faces (Latin, Cyrillic) can draw; a headline in another script would come out as empty boxes. */
const DRAWABLE = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{N}\p{P}\p{Zs}\p{S}]*$/u;

/** Whether the bundled fonts can draw `text`. */
export function canDraw(text: string): boolean {
  return DRAWABLE.test(text);
}

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children: unknown };
}
const el = (type: string, style: Node['props']['style'], children?: unknown): Node => ({
  type,
  props: { style, children },
});

/**
 * The 1200×630 PNG a link preview shows: headline, date and site name in the
 * site's own colours. A headline the fonts cannot draw is left out rather
 * than drawn as boxes; the card then carries the site name and date.
 */
export async function renderSocialImage(card: SocialCard): Promise<Buffer> {
  const title = canDraw(card.title) ? card.title : '';
  const size = title.length > 110 ? 48 : title.length > 60 ? 60 : 72;
  const tree = el(
    'div',
    {
      width: SOCIAL_IMAGE.width,
      height: SOCIAL_IMAGE.height,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px 72px',
      background: '#fbfaf7',
      color: '#1a1a1a',
      fontFamily: 'Noto Serif, Noto Serif Cyrillic',
      borderTop: '16px solid #9b1c1c',
    },
    [
      el('div', { display: 'flex', justifyContent: 'space-between', fontSize: 30 }, [
        el('div', { fontWeight: 700, letterSpacing: 2, color: '#9b1c1c' }, card.siteName.toUpperCase()),
        el('div', { fontWeight: 400, color: '#555' }, card.date),
      ]),
      el('div', { fontSize: size, fontWeight: 700, lineHeight: 1.15, maxWidth: 1040 }, title.slice(0, 300)),
    ],
  );
  const svg = await satori(tree as never, { ...SOCIAL_IMAGE, fonts: FONTS });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: SOCIAL_IMAGE.width } }).render();
  return encodePng(image.pixels, image.width, image.height);
}
