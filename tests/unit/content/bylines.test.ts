import { describe, expect, it } from 'vitest';
import { resolveByline, unknownAuthor } from '../../../src/lib/content/bylines';

const authors = [
  { id: 'mara-lind', data: { name: 'Mara Lind' } },
  { id: 'tomas-okafor', data: { name: 'Tomas Okafor' } },
];

describe('resolveByline', () => {
  it('links an author named by their file, printed with the name their file gives', () => {
    expect(resolveByline(['mara-lind'], authors)).toEqual([{ name: 'Mara Lind', slug: 'mara-lind' }]);
  });

  it('links an author named as their file names them, in any case', () => {
    expect(resolveByline(['tomas OKAFOR'], authors)).toEqual([{ name: 'Tomas Okafor', slug: 'tomas-okafor' }]);
  });

  it('prints any other name as written, unlinked, keeping the byline’s order', () => {
    expect(resolveByline(['Test Desk', 'mara-lind'], authors)).toEqual([
      { name: 'Test Desk' },
      { name: 'Mara Lind', slug: 'mara-lind' },
    ]);
  });
});

describe('unknownAuthor', () => {
  const slugs = new Set(['mara-lind']);
  const names = new Set(['mara lind']);

  it('refuses a file name with no file, saying which file is missing', () => {
    expect(unknownAuthor('mara-lindt', slugs, names)).toMatch(/"mara-lindt" names no author.*authors\/mara-lindt\.md/);
  });

  it('accepts a known file name, and any name written as a name', () => {
    expect(unknownAuthor('mara-lind', slugs, names)).toBeUndefined();
    expect(unknownAuthor('A. Reporter', slugs, names)).toBeUndefined();
    expect(unknownAuthor('Reuters', slugs, names)).toBeUndefined();
  });
});
