import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownPolicy } from '../../../src/lib/meta/own-policy';
import { ownPolicyOffThread } from '../../../src/lib/meta/own-policy-thread';

const hash = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
/** A page whose policy lists its own script and another page's, with text in several scripts. */
const page = (n: number) => {
  const own = `console.log(${n}, "ünïcödé")`;
  return `<!doctype html><html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${hash(own)} ${hash('other()')}"><script>${own}</script></head><body><p>Страница ${n}</p></body></html>`;
};

describe('ownPolicyOffThread', () => {
  it('stops the pages waiting when its thread fails, naming why, and starts afresh for the next', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'broadsheet-policy-')), 'broken.mjs');
    writeFileSync(broken, 'throw new Error("no policy today")');
    const waiting = [ownPolicyOffThread(page(1), broken), ownPolicyOffThread(page(2), broken)];
    for (const result of waiting) await expect(result).rejects.toThrow('the policy thread stopped');
    await expect(waiting[0]).rejects.toHaveProperty('cause.message', 'no policy today');
    expect((await ownPolicyOffThread(page(3))).toString('utf8')).toBe(ownPolicy(page(3)));
  });

  it('gives each page the bytes ownPolicy gives it, whatever order the pages come back in', async () => {
    const pages = Array.from({ length: 40 }, (_, n) => page(n));
    const got = await Promise.all(pages.map((html) => ownPolicyOffThread(html)));
    expect(got.map((bytes) => bytes.toString('utf8'))).toEqual(pages.map((html) => ownPolicy(html)));
    expect(got[7]!.toString('utf8')).not.toContain(hash('other()'));
  });
});
