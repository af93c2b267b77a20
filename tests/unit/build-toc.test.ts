import { describe, expect, it } from 'vitest';
import { buildToc } from '../../src/lib/build-toc';

const h = (depth: number, text: string) => ({ depth, text, slug: text.toLowerCase().replace(/\s+/g, '-') });

describe('buildToc', () => {
  it('should nest h3 headings under the h2 before them', () => {
    expect(buildToc([h(2, 'A'), h(3, 'A one'), h(3, 'A two'), h(2, 'B')])).toEqual([
      {
        ...h(2, 'A'),
        children: [
          { ...h(3, 'A one'), children: [] },
          { ...h(3, 'A two'), children: [] },
        ],
      },
      { ...h(2, 'B'), children: [] },
    ]);
  });

  it('should leave out the headline and levels deeper than h3', () => {
    expect(buildToc([h(1, 'Headline'), h(2, 'A'), h(4, 'Deep')])).toEqual([{ ...h(2, 'A'), children: [] }]);
  });

  it('should keep an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([h(3, 'Early'), h(2, 'A')])).toEqual([
      { ...h(3, 'Early'), children: [] },
      { ...h(2, 'A'), children: [] },
    ]);
  });

  it('should return nothing for an article without subheads', () => {
    expect(buildToc([])).toEqual([]);
  });
});
