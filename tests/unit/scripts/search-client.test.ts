import { describe, expect, it } from 'vitest';
import { isQueryTooShort } from '../../../src/scripts/search-client';

describe('isQueryTooShort', () => {
  it('should wait for a second Latin letter but take one Chinese character', () => {
    expect(isQueryTooShort(' a ')).toBe(true);
    expect(isQueryTooShort('ab')).toBe(false);
    expect(isQueryTooShort('中')).toBe(false);
  });
});
