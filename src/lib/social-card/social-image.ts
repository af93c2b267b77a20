import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { canDraw } from './drawable.ts';
import { pngFromRuns, type Run } from './png.ts';
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

/** Where ink may be: pixel rows `top`–`bottom` and columns `left`–`right` (ends excluded). */
interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
/** Antialiasing reaches a pixel or so past a glyph's bounds. */
const BLEED = 2;
/** Boxes this many rows apart or closer are read and compressed as one band. */
const LINE_GAP = 40;

let canvas: Canvas | undefined;

/**
 * The bands' rows, one card's at a time: each card takes them afresh from
 * here, since a new buffer of 600 KB a card cost more (its pages faulted in,
 * zeroed, collected) than filling it.
 */
let scratch: Buffer | undefined;

/** The card's rows, filter byte first: the accent rule's and the paper's, made once. */
let rule: Buffer | undefined;
let paper: Buffer | undefined;
function plainRows(width: number): { rule: Buffer; paper: Buffer } {
  const row = (hex: string) => {
    const bytes = Buffer.alloc(width * 4 + 1);
    bytes.fill(Buffer.from([...Buffer.from(hex.slice(1), 'hex'), 255]), 1);
    return bytes;
  };
  rule ??= row(ACCENT);
  paper ??= row(PAPER);
  return { rule, paper };
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
 * the site name and date. `whole` reads back every pixel under the rule,
 * not only the boxes that can hold ink: the same image, slower (the tests
 * compare the two).
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

  context.fillStyle = PAPER;
  context.fillRect(0, 0, width, height);
  context.fillStyle = ACCENT;
  context.fillRect(0, 0, width, BORDER);

  context.font = `700 30px "${FAMILY}"`;
  context.letterSpacing = '2px';
  const boxes = [ink(context, card.siteName.toUpperCase(), SIDE, header)];
  context.letterSpacing = '0px';
  context.font = `400 30px "${FAMILY}"`;
  context.fillStyle = MUTED;
  context.textAlign = 'right';
  boxes.push(ink(context, card.date, width - SIDE, header));
  context.textAlign = 'left';
  context.font = `700 ${size}px "${FAMILY}"`;
  context.fillStyle = INK;
  for (const [index, line] of lines.entries()) boxes.push(ink(context, line, SIDE, first + index * leading));
  if (options.whole) boxes.splice(0, boxes.length, { top: BORDER, bottom: height, left: 0, right: width });
  return pngFromRuns(runs(context, boxes), width, height);
}

/** Draw `text` at (x, y) and return the box its ink can reach, in whole pixels inside the card. */
function ink(context: SKRSContext2D, text: string, x: number, y: number): Box {
  context.fillText(text, x, y);
  const metrics = context.measureText(text);
  const { width, height } = context.canvas;
  return {
    top: Math.max(BORDER, Math.floor(y - metrics.actualBoundingBoxAscent) - BLEED),
    bottom: Math.min(height, Math.ceil(y + metrics.actualBoundingBoxDescent) + BLEED),
    left: Math.max(0, Math.floor(x - metrics.actualBoundingBoxLeft) - BLEED),
    right: Math.min(width, Math.ceil(x + metrics.actualBoundingBoxRight) + BLEED),
  };
}

/**
 * The card as runs of PNG rows: plain rows where nothing is drawn, and where
 * something is, paper rows with the canvas's pixels read back inside each
 * box. Reading a pixel back from Skia costs some 15 ns, far more than
 * drawing it: only the boxes (a fifth of the card) are read.
 */
function runs(context: SKRSContext2D, boxes: Box[]): Run[] {
  const { width, height } = context.canvas;
  const stride = width * 4 + 1;
  const plain = plainRows(width);
  const out: Run[] = [{ row: plain.rule, count: BORDER }];
  const drawn = boxes.filter((box) => box.bottom > box.top && box.right > box.left).sort((a, b) => a.top - b.top);
  if (scratch?.length !== stride * height) scratch = Buffer.allocUnsafe(stride * height);
  let used = 0;
  let y = BORDER;
  while (drawn.length > 0) {
    // Boxes whose rows meet, or nearly, make one band of rows: the headline's
    // lines one band, whose blank rows between lines cost less to compress
    // than a stretch of their own costs to checksum.
    const band = [drawn.shift()!];
    let bottom = band[0]!.bottom;
    while (drawn[0] && drawn[0].top < bottom + LINE_GAP) {
      bottom = Math.max(bottom, drawn[0].bottom);
      band.push(drawn.shift()!);
    }
    const top = band[0]!.top;
    if (top > y) out.push({ row: plain.paper, count: top - y });
    // The last band takes the paper under it: as the stream's closing
    // stretch, zlib checksums it natively, faster than adler32() here.
    const end = drawn.length === 0 ? height : bottom;
    const rows = scratch.subarray(used, (used += stride * (end - top)));
    for (let row = 0; row < end - top; row++) plain.paper.copy(rows, row * stride);
    for (const box of band) {
      const span = (box.right - box.left) * 4;
      const { data } = context.getImageData(box.left, box.top, box.right - box.left, box.bottom - box.top);
      for (let row = 0; row < box.bottom - box.top; row++)
        rows.set(data.subarray(row * span, (row + 1) * span), (box.top - top + row) * stride + 1 + box.left * 4);
    }
    out.push({ rows });
    y = end;
  }
  if (y < height) out.push({ row: plain.paper, count: height - y });
  return out;
}
