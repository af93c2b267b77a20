import { describe, expect, it } from 'vitest';
import { entryFacts } from '../../../src/lib/search/pagefind-entry';

// The shape Pagefind 1.6 writes (a real file's, trimmed).
const entry = JSON.stringify({
  version: '1.6.0',
  languages: {
    en: { hash: 'en_59e27beba5', wasm: 'en', page_count: 477 },
    zh: { hash: 'zh_b37f54b6a7', wasm: null, page_count: 6 },
  },
  include_characters: ['_'],
});

describe('entryFacts', () => {
  it('should list the languages in the entry’s order', () => {
    expect(entryFacts(entry, 'e.json').languages).toEqual(['en', 'zh']);
  });

  it('should name each language’s metadata and wasm files as Pagefind fetches them', () => {
    expect(entryFacts(entry, 'e.json').files).toEqual({
      en: ['pagefind.en_59e27beba5.pf_meta', 'wasm.en.pagefind'],
      zh: ['pagefind.zh_b37f54b6a7.pf_meta', 'wasm.unknown.pagefind'],
    });
  });

  it('should give the same tag to the same entry, and another to a changed one', () => {
    const changed = entry.replace('en_59e27beba5', 'en_0123456789');
    expect(entryFacts(entry, 'e.json').tag).toMatch(/^[0-9a-f]{12}$/);
    expect(entryFacts(entry, 'e.json').tag).toBe(entryFacts(`${entry}`, 'other.json').tag);
    expect(entryFacts(changed, 'e.json').tag).not.toBe(entryFacts(entry, 'e.json').tag);
  });

  it('should name the file when it is not JSON', () => {
    expect(() => entryFacts('{"languages":', 'pagefind/pagefind-entry.json')).toThrow(
      'pagefind/pagefind-entry.json: not JSON',
    );
  });

  it('should name the field that is missing or wrong', () => {
    expect(() => entryFacts('{}', 'a.json')).toThrow('a.json: no "languages" object');
    expect(() => entryFacts('{"languages":{"en":{"wasm":"en"}}}', 'a.json')).toThrow(
      'a.json: languages.en.hash is not a string',
    );
  });
});
