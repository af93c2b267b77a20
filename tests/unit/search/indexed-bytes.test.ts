import { describe, expect, it } from 'vitest';
import { indexedBytes } from '../../../src/integrations/pagefind-part';

const page = (related: string) =>
  Buffer.from(
    `<article data-pagefind-filter="year:2023"><div data-pagefind-body><p>Text.</p></div>${related}</article>`,
  );

describe('indexedBytes', () => {
  it('leaves related reading out: a new article elsewhere does not make this page index again', () => {
    const before = page('<aside class="related" data-astro-cid-x><ul><li><a href="/a/">A</a></li></ul></aside>');
    const after = page('<aside class="related" data-astro-cid-x><ul><li><a href="/b/">B</a></li></ul></aside>');
    expect(indexedBytes(before).equals(indexedBytes(after))).toBe(true);
    expect(indexedBytes(before).toString()).toBe(page('').toString());
  });

  it('keeps everything else, so an edit to the text indexes the page again', () => {
    const edited = Buffer.from(page('').toString().replace('Text.', 'Text, corrected.'));
    expect(indexedBytes(edited).equals(indexedBytes(page('')))).toBe(false);
    expect(indexedBytes(page('')).equals(page(''))).toBe(true);
  });
});
