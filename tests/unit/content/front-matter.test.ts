import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/lib/content/front-matter';

describe('readFrontMatter', () => {
  it('reads the YAML between the fences, and where the body starts', () => {
    expect(readFrontMatter('---\ntitle: A\ndraft: true\n---\n\nBody.\n')).toEqual({
      data: { title: 'A', draft: true },
      errors: [],
      body: '\n\nBody.\n',
      bodyLine: 4,
    });
  });

  it('accepts a byte-order mark or blank lines before the block, as Astro does', () => {
    expect(readFrontMatter('\uFEFF---\ntitle: A\n---\nB')?.data).toEqual({ title: 'A' });
    expect(readFrontMatter('\n\n---\ntitle: A\n---\nB')).toMatchObject({ data: { title: 'A' }, bodyLine: 5 });
  });

  it('is undefined for a file without a block at its start', () => {
    expect(readFrontMatter('Just text.\n---\ntitle: A\n---\n')).toBeUndefined();
    expect(readFrontMatter('')).toBeUndefined();
  });

  it('reports YAML that does not parse, with empty data', () => {
    const read = readFrontMatter('---\ntitle: [broken\n---\nB');
    expect(read?.data).toEqual({});
    expect(read?.errors[0]).toMatch(/flow sequence|Missing/i);
  });

  it('gives a block that is not a mapping no data', () => {
    expect(readFrontMatter('---\n- a\n- b\n---\nB')?.data).toEqual({});
  });
});
