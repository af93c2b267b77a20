import { PNG } from 'pngjs';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export type Rgb = [number, number, number];

/** `#fff1a8` or `rgb(255, 241, 168)` as channels. */
export function parseColour(colour: string): Rgb {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i]!, 16)) as Rgb;
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
  if (rgb) return [1, 2, 3].map((i) => Number(rgb[i])) as Rgb;
  throw new Error(`not a colour: ${colour}`);
}

/**
 * The share (0–1) of a screenshot's pixels inside `rect` (CSS pixels, times
 * `scale` for the device pixel ratio) within `tolerance` of `colour` on every
 * channel: how much of a word's box is painted in a highlight's colour.
 */
export function shareOfColour(png: Buffer, rect: Rect, colour: Rgb, { scale = 1, tolerance = 10 } = {}): number {
  const image = PNG.sync.read(png);
  const left = Math.max(0, Math.floor(rect.x * scale));
  const top = Math.max(0, Math.floor(rect.y * scale));
  const right = Math.min(image.width, Math.ceil((rect.x + rect.width) * scale));
  const bottom = Math.min(image.height, Math.ceil((rect.y + rect.height) * scale));
  let total = 0;
  let matching = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = left; x < right; x++) {
      const offset = (y * image.width + x) * 4;
      total++;
      if (colour.every((channel, i) => Math.abs(image.data[offset + i]! - channel) <= tolerance)) matching++;
    }
  }
  return total === 0 ? 0 : matching / total;
}

/** `--mark` of the light theme (src/styles/global.css): the colour search words are painted in. */
export const MARK_COLOUR: Rgb = parseColour('#fff1a8');

/**
 * Runs in the page (self-contained: it is serialised): the viewport boxes of
 * every whole-word occurrence of `word`, any case, inside the first element
 * matching `selector`.
 */
export function wordBoxes({ selector, word }: { selector: string; word: string }): Rect[] {
  const scope = document.querySelector(selector);
  if (!scope) throw new Error(`no element matches ${selector}`);
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const boxes: Rect[] = [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'giu');
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const match of node.textContent!.matchAll(pattern)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const box = range.getBoundingClientRect();
      boxes.push({ x: box.x, y: box.y, width: box.width, height: box.height });
    }
  }
  return boxes;
}
