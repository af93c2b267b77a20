import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { completeHashes, keepFacts, keepHtml, pruneHtml, readHtml } from '../../../src/lib/content/html-store';

const hasHtml = (hash: string) => existsSync(join(folder, `${hash}.html`));

const folder = join(mkdtempSync(join(tmpdir(), 'broadsheet-html-')), 'html');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the store of rendered HTML', () => {
  it('keeps HTML under the hash of its bytes and gives it back whole', () => {
    const hash = keepHtml(folder, '<p id="a">Wörds ¶</p>');
    expect(hash).toMatch(/^[0-9a-f]{32}$/);
    expect(hasHtml(hash)).toBe(true);
    expect(readHtml(folder, hash)).toBe('<p id="a">Wörds ¶</p>');
  });

  it('keeps the same HTML once, different HTML apart', () => {
    expect(keepHtml(folder, '<p>x</p>')).toBe(keepHtml(folder, '<p>x</p>'));
    expect(keepHtml(folder, '<p>y</p>')).not.toBe(keepHtml(folder, '<p>x</p>'));
    expect(readdirSync(folder).every((name) => name.endsWith('.html'))).toBe(true);
  });

  it('removes what no entry names, keeps what one does', () => {
    const keep = keepHtml(folder, '<p>kept</p>');
    const drop = keepHtml(folder, '<p>dropped</p>');
    pruneHtml(folder, new Set([keep]));
    expect(hasHtml(keep)).toBe(true);
    expect(hasHtml(drop)).toBe(false);
  });

  it('counts as complete only a hash with both its HTML and its facts', () => {
    const both = keepHtml(folder, '<p>both</p>');
    keepFacts(folder, both, { hasText: true });
    const htmlOnly = keepHtml(folder, '<p>html only</p>');
    const factsOnly = keepHtml(folder, '<p>facts only</p>');
    keepFacts(folder, factsOnly, null);
    rmSync(join(folder, `${factsOnly}.html`));
    const complete = completeHashes(folder);
    expect([both, htmlOnly, factsOnly].map((hash) => complete.has(hash))).toEqual([true, false, false]);
    expect([...completeHashes(join(folder, 'none'))]).toEqual([]);
  });

  it('names the missing file when the cache lost it', () => {
    expect(() => readHtml(folder, '0'.repeat(32))).toThrow(/0{32}\.html is missing from the cache/);
  });

  it('prunes a folder that is not there without complaint', () => {
    const none = join(folder, 'none');
    pruneHtml(none, new Set());
    expect(existsSync(none)).toBe(false);
  });
});
