import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { adler32, adler32Combine, encodePng, pngFromRuns, type Run } from '../../../src/lib/social-card/png';

/** The chunks of a PNG file, each with its CRC checked. */
function chunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const out = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const body = png.subarray(at + 4, at + 8 + length);
    out.push({
      type: body.subarray(0, 4).toString('latin1'),
      data: body.subarray(4),
      crcOk: crc32(body) === png.readUInt32BE(at + 8 + length),
    });
    at += length + 12;
  }
  return out;
}

describe('encodePng', () => {
  const pixels = Uint8Array.from([
    255, 0, 0, 255, 0, 255, 0, 128, 0, 0, 255, 255, 10, 20, 30, 0, 1, 2, 3, 4, 5, 6, 7, 8,
  ]);

  it('should write the PNG signature, then IHDR, IDAT and IEND with valid CRCs', () => {
    const png = encodePng(pixels, 3, 2);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const parts = chunks(png);
    expect(parts.map((part) => part.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect(parts.every((part) => part.crcOk)).toBe(true);
  });

  it('should describe the image as 8-bit RGBA of its size', () => {
    const header = chunks(encodePng(pixels, 3, 2))[0]!.data;
    expect([
      header.readUInt32BE(0),
      header.readUInt32BE(4),
      header[8],
      header[9],
      header[10],
      header[11],
      header[12],
    ]).toEqual([3, 2, 8, 6, 0, 0, 0]);
  });

  it('should hold every pixel, each row behind a filter byte of 0', () => {
    const rows = inflateSync(chunks(encodePng(pixels, 3, 2))[1]!.data);
    expect([...rows]).toEqual([0, ...pixels.subarray(0, 12), 0, ...pixels.subarray(12)]);
  });

  it('should refuse pixels that do not fill the size', () => {
    expect(() => encodePng(pixels, 4, 2)).toThrow('24 bytes is not 4×2 RGBA');
  });
});

describe('pngFromRuns', () => {
  const width = 5;
  const stride = width * 4 + 1;
  const row = (seed: number) => {
    const bytes = Buffer.alloc(stride);
    for (let i = 1; i < stride; i++) bytes[i] = (seed * 31 + i * 7) & 255;
    return bytes;
  };

  it('holds the rows of every run in order, repeated runs written out, in one valid zlib stream', () => {
    const runs: Run[] = [
      { row: row(1), count: 3 },
      { rows: Buffer.concat([row(2), row(3)]) },
      { row: row(1), count: 0 },
      { row: row(4), count: 2 },
      { rows: row(5) },
    ];
    const expected = Buffer.concat([row(1), row(1), row(1), row(2), row(3), row(4), row(4), row(5)]);
    const png = pngFromRuns(runs, width, 8);
    expect(chunks(png).every((c) => c.crcOk)).toBe(true);
    // Node's inflate checks the stream's Adler-32: a wrong one throws.
    expect(inflateSync(chunks(png)[1]!.data).equals(expected)).toBe(true);
    // The same image a second time, its repeated runs now taken from what was kept.
    expect(pngFromRuns(runs, width, 8).equals(png)).toBe(true);
  });

  it('ends with a repeated run as well as with rows', () => {
    const png = pngFromRuns([{ rows: row(2) }, { row: row(1), count: 4 }], width, 5);
    expect(inflateSync(chunks(png)[1]!.data).equals(Buffer.concat([row(2), ...Array(4).fill(row(1))]))).toBe(true);
  });

  it('refuses runs that are not whole rows or do not fill the size', () => {
    expect(() => pngFromRuns([{ rows: Buffer.alloc(stride + 1) }], width, 1)).toThrow('not 1 rows of 5 RGBA');
    expect(() => pngFromRuns([{ row: row(1), count: 2 }], width, 3)).toThrow('not 3 rows of 5 RGBA');
  });
});

describe('adler32', () => {
  const bytes = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 131 + (i >> 5)) & 255));
  /** zlib's own: the last four bytes of a zlib stream. */
  const zlibs = (data: Buffer) => deflateSync(data).readUInt32BE(deflateSync(data).length - 4);

  it('agrees with zlib, also past the 5,552 bytes summed between reductions', () => {
    expect(adler32(bytes)).toBe(zlibs(bytes));
    expect(adler32(Buffer.alloc(0))).toBe(1);
  });

  it('combines two checksums into that of the bytes one after the other', () => {
    for (const cut of [0, 1, 5552, 12_345, 20_000])
      expect(adler32Combine(adler32(bytes.subarray(0, cut)), adler32(bytes.subarray(cut)), bytes.length - cut)).toBe(
        zlibs(bytes),
      );
  });
});
