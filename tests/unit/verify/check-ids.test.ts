import { describe, expect, it } from 'vitest';
import { checkIds } from '../../../src/cli/verify/check-ids.ts';
import { createSite } from '../../../src/cli/verify/read-site.ts';
import { goodFixture } from './fixtures.ts';

describe('checkIds', () => {
  it('should pass unique ids and catch a repeated one with its lines', () => {
    expect(checkIds(goodFixture().site).problems).toEqual([]);
    const site = createSite({ 'a.html': '<p id="x">1</p>\n<p id="y">2</p>\n<p id="x">3</p>' });
    expect(checkIds(site).problems).toEqual([
      { file: 'dist/a.html', line: 1, column: 1, message: 'id "x" is used 2 times (at 1:1, 3:1)' },
    ]);
  });
});
