import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';

const MARKER = 'http-equiv="content-security-policy"';
const HEAD_BYTES = 16_384;

/** This reader's version, for policies remembered between builds: its own source. */
export const POLICY_READER = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex');

/**
 * The Content-Security-Policy a built page carries in its `<meta>`, or
 * undefined. Astro writes it near the top of `<head>`: only the start of the
 * file is read, to the end of that tag, and the tag parsed as HTML.
 */
export function pagePolicy(file: string): string | undefined {
  const text = readStart(file);
  const at = text.indexOf(MARKER);
  if (at < 0) return undefined;
  const start = text.lastIndexOf('<meta', at);
  const end = text.indexOf('>', at);
  if (start < 0 || end < 0) return undefined;
  const meta = fromHtml(text.slice(start, end + 1), { fragment: true }).children[0] as Element | undefined;
  const content = meta?.properties['content'];
  return typeof content === 'string' ? content : undefined;
}

/** The file up to the end of its `<head>` (or all of it, if the head is longer than a few KB). */
function readStart(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(HEAD_BYTES);
      const read = readSync(fd, chunk, 0, HEAD_BYTES, null);
      chunks.push(chunk.subarray(0, read));
      const text = Buffer.concat(chunks).toString('utf8');
      if (read < HEAD_BYTES || text.includes('</head>')) return text;
    }
  } finally {
    closeSync(fd);
  }
}
