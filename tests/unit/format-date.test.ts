import { describe, expect, it } from 'vitest';
import { formatDay, isoDay } from '../../src/lib/format-date';

describe('formatDay', () => {
  it('should format a calendar day in UTC, in the article’s language', () => {
    const day = new Date('2023-11-09T00:00:00Z');
    expect(formatDay(day)).toBe('November 9, 2023');
    expect(formatDay(day, 'ru')).toBe('9 ноября 2023 г.');
    expect(isoDay(day)).toBe('2023-11-09');
  });
});
