import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { canDraw } from './drawable.ts';
import { pngFromRows } from './png.ts';
import { SOCIAL_IMAGE } from '../meta/site.ts';

export interface SocialCard {
  title: string;
  /** Already formatted for the article's language. */
  date: string;
  siteName: string;
}

// Resolved from the project, not this file: the build bundles this module elsewhere.
const require = createRequire(join(process.cwd(), 'package.json'));
const FAMILY = 'Broadsheet Card Serif';
// Noto Serif's Latin and Cyrillic subsets under one name: Skia falls back
// from one face to the next per glyph.
for (const subset of ['latin', 'cyrillic'])
  for (const weight of [400, 700])
    GlobalFonts.registerFromPath(
      require.resolve(`@fontsource/noto-serif/files/noto-serif-${subset}-${weight}-normal.woff`),
      FAMILY,
    );

const INK = '#1a1a1a';
const ACCENT = '#9b1c1c';
const PAPER = '#fbfaf7';
const MUTED = '#555555';
const BORDER = 16;
const SIDE = 80;
const TOP = 64;
const BOTTOM = 72;
const TITLE_WIDTH = 1040;
/** How far ink may reach past a line's baseline, as a share of its font size: accents above, descenders below. */
const ASCENT = 1.1;
const DESCENT = 0.4;

type Band = [top: number, bottom: number];

let canvas: Canvas | undefined;

/** The card without ink, as PNG rows (a filter byte, then RGBA pixels): made once, copied for each card. */
let blank: Buffer | undefined;
function blankRows(width: number, height: number): Buffer {
  if (!blank) {
    const stride = width * 4 + 1;
    blank = Buffer.alloc(stride * height);
    const rgba = (hex: string) => Buffer.from([...Buffer.from(hex.slice(1), 'hex'), 255]);
    for (let y = 0; y < height; y++) blank.fill(rgba(y < BORDER ? ACCENT : PAPER), y * stride + 1, (y + 1) * stride);
  }
  return Buffer.from(blank);
}

/** The headline broken into lines no wider than `width`, at spaces (a word wider than a line gets one of its own). */
export function wrap(context: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const longer = line ? `${line} ${word}` : word;
    if (line && context.measureText(longer).width > width) {
      lines.push(line);
      line = word;
    } else line = longer;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The 1200×630 PNG a link preview shows: headline, date and site name in the
 * site's own colours, drawn with Skia (@napi-rs/canvas). A headline the fonts
 * cannot draw is left out rather than drawn as boxes; the card then carries
 * the site name and date. `whole` reads every pixel back, not only the bands
 * with ink: the same image, slower (the tests compare the two).
 */
export function renderSocialImage(card: SocialCard, options: { whole?: boolean } = {}): Buffer {
  const { width, height } = SOCIAL_IMAGE;
  // One canvas for every card: each is a 3 MB pixmap outside the JS heap,
  // which V8 would collect too late (a worker drawing thousands slows down).
  canvas ??= createCanvas(width, height);
  const context = canvas.getContext('2d', { colorSpace: 'srgb' });
  const header = BORDER + TOP + 32;
  const title = (canDraw(card.title) ? card.title : '').slice(0, 300);
  const size = title.length > 110 ? 48 : title.length > 60 ? 60 : 72;
  const leading = Math.round(size * 1.15);
  context.font = `700 ${size}px "${FAMILY}"`;
  const lines = wrap(context, title, TITLE_WIDTH);
  // The headline sits on the card's foot, as a news page sets a caption.
  const first = height - BOTTOM - (lines.length - 1) * leading - Math.round((leading - size) / 2 + size * 0.105);

  // Reading pixels back from Skia costs some 15 ns each, more than drawing
  // them: only the bands that hold ink are painted and read, onto a copy of
  // the blank card.
  const bands: Band[] = options.whole
    ? [[0, height]]
    : [
        [header - 30 * ASCENT, header + 30 * DESCENT],
        ...(lines.length
          ? [[first - size * ASCENT, first + (lines.length - 1) * leading + size * DESCENT] as Band]
          : []),
      ];
  context.fillStyle = PAPER;
  for (const band of bands) {
    // Whole pixel rows: a band's edge painted half would blend with nothing.
    band[0] = Math.max(0, Math.floor(band[0]));
    band[1] = Math.min(height, Math.ceil(band[1]));
    context.fillRect(0, band[0], width, band[1] - band[0]);
  }
  context.fillStyle = ACCENT;
  context.fillRect(0, 0, width, BORDER);

  context.font = `700 30px "${FAMILY}"`;
  context.letterSpacing = '2px';
  context.fillText(card.siteName.toUpperCase(), SIDE, header);
  context.letterSpacing = '0px';
  context.font = `400 30px "${FAMILY}"`;
  context.fillStyle = MUTED;
  context.textAlign = 'right';
  context.fillText(card.date, width - SIDE, header);
  context.textAlign = 'left';
  context.font = `700 ${size}px "${FAMILY}"`;
  context.fillStyle = INK;
  for (const [index, line] of lines.entries()) context.fillText(line, SIDE, first + index * leading);
  return pngFromRows(inked(context, blankRows(width, height), bands), width, height);
}

/** `rows` with the canvas's pixels in each band. */
function inked(context: SKRSContext2D, rows: Buffer, bands: Band[]): Buffer {
  const { width } = context.canvas;
  const stride = width * 4 + 1;
  for (const [top, bottom] of bands) {
    const { data } = context.getImageData(0, top, width, bottom - top);
    for (let y = top; y < bottom; y++)
      rows.set(data.subarray((y - top) * width * 4, (y - top + 1) * width * 4), y * stride + 1);
  }
  return rows;
}
