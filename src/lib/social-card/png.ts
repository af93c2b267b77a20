import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Rows of an image as a PNG's image data holds them: each row of 8-bit RGBA
 * pixels after its filter-type byte (0: none). `rows` holds whole rows;
 * `row` stands for `count` copies of one.
 */
export type Run = { rows: Uint8Array } | { row: Uint8Array; count: number };

/**
 * Encode 8-bit RGBA pixels as a PNG. Skia's own encoder compresses hard
 * (about 18 ms for a 1200×630 card); a fast zlib level takes about 2, which
 * saves minutes of CPU over 10,000 cards for files some 20 % larger.
 *
 * @param level zlib level, 0–9 (default 3: fast, and still small for flat colour).
 */
export function encodePng(pixels: Uint8Array, width: number, height: number, level = 3): Buffer {
  const stride = width * 4;
  if (pixels.length !== stride * height)
    throw new Error(`encodePng: ${pixels.length} bytes is not ${width}×${height} RGBA`);
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) rows.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  return pngFromRuns([{ rows }], width, height, level);
}

/**
 * Encode an image given as runs of rows. A card is mostly blank paper: a
 * run of copies of one row is compressed once and kept, and each run is its
 * own stretch of deflate data, flushed to a byte boundary so the stretches
 * can follow one another in the stream (RFC 1951, 3.2.3), with the stream's
 * Adler-32 combined from theirs (as zlib's adler32_combine does). So only
 * the rows with ink are compressed per card: a third of the pixels.
 */
export function pngFromRuns(runs: readonly Run[], width: number, height: number, level = 3): Buffer {
  const stride = width * 4 + 1;
  const lengths = runs.map((run) => ('rows' in run ? run.rows.length : run.row.length * run.count));
  const bad = runs.findIndex((run, index) => ('rows' in run ? lengths[index]! % stride : run.row.length - stride));
  const total = lengths.reduce((sum, length) => sum + length, 0);
  if (bad >= 0 || total !== stride * height || runs.length === 0)
    throw new Error(`pngFromRuns: the runs are not ${height} rows of ${width} RGBA pixels`);
  // The last stretch ends the stream: compressed as a whole zlib stream, it brings the header and a final block.
  const last = runs.at(-1)!;
  const closing =
    'rows' in last
      ? deflateSync(last.rows, { level })
      : kept(last, `end ${level}`, (bytes) => deflateSync(bytes, { level }));
  const parts = runs.slice(0, -1).map((run) => stretch(run, level));
  let adler = 1;
  for (const [index, part] of parts.entries()) adler = adler32Combine(adler, part.adler, lengths[index]!);
  adler = adler32Combine(adler, closing.readUInt32BE(closing.length - 4), lengths.at(-1)!);
  const trailer = Buffer.alloc(4);
  trailer.writeUInt32BE(adler >>> 0);
  const data = Buffer.concat([
    closing.subarray(0, 2),
    ...parts.map((part) => part.deflated),
    closing.subarray(2, -4),
    trailer,
  ]);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', data), chunk('IEND', Buffer.alloc(0))]);
}

interface Stretch {
  deflated: Buffer;
  adler: number;
}

const repeats = new WeakMap<Uint8Array, Map<string, unknown>>();

/** What `make` gives for `count` copies of `row`, made once for each row, count and `kind`. */
function kept<T>({ row, count }: { row: Uint8Array; count: number }, kind: string, make: (bytes: Buffer) => T): T {
  let byRun = repeats.get(row);
  if (!byRun) repeats.set(row, (byRun = new Map()));
  const key = `${count} ${kind}`;
  if (!byRun.has(key)) byRun.set(key, make(Buffer.concat(Array<Uint8Array>(count).fill(row))));
  return byRun.get(key) as T;
}

/** A run's deflate data, not final and ending on a byte boundary, and its Adler-32. */
function stretch(run: Run, level: number): Stretch {
  const compress = (bytes: Uint8Array): Stretch => ({
    deflated: deflateRawSync(bytes, { level, finishFlush: constants.Z_SYNC_FLUSH }),
    adler: adler32(bytes),
  });
  return 'rows' in run ? compress(run.rows) : kept(run, `stretch ${level}`, compress);
}

const BASE = 65521;

/** Adler-32 (RFC 1950) of `bytes`. */
export function adler32(bytes: Uint8Array, start = 1): number {
  let a = start & 0xffff;
  let b = start >>> 16;
  for (let i = 0; i < bytes.length;) {
    // 5,552 bytes is the most that can be summed before b could overflow 2^32.
    const end = Math.min(i + 5552, bytes.length);
    for (; i < end; i++) {
      a += bytes[i]!;
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two byte strings one after the other, from each one's and the second's length. */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % BASE;
  const a1 = first & 0xffff;
  const b1 = first >>> 16;
  const a = (a1 + (second & 0xffff) + BASE - 1) % BASE;
  const b = (((rem * a1) % BASE) + b1 + (second >>> 16) + BASE - rem) % BASE;
  return ((b << 16) | a) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}
