import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../../src/lib/content/reading-time';

describe('readingMinutes', () => {
  it('should count at least one minute', () => {
    expect(readingMinutes('')).toBe(1);
  });

  it('should round up at 230 words a minute', () => {
    expect(readingMinutes('word '.repeat(231))).toBe(2);
    expect(readingMinutes('word '.repeat(460))).toBe(2);
  });

  it('should count Chinese by characters', () => {
    expect(readingMinutes('中'.repeat(1000))).toBe(2);
  });
});
