import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../src/lib/social-card/png';

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
