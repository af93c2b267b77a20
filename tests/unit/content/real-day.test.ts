import { describe, expect, it } from 'vitest';
import { isRealDay } from '../../../src/lib/content/real-day';

describe('isRealDay', () => {
  it('accepts days on the calendar, leap days included', () => {
    expect(['2023-11-09', '2024-02-29', '2000-02-29', '1999-12-31'].map(isRealDay)).toEqual([true, true, true, true]);
  });

  it('refuses days that do not exist and other shapes', () => {
    expect(
      ['2023-02-30', '2023-02-29', '1900-02-29', '2023-13-01', '2023-11-9', '09-11-2023', ''].map(isRealDay),
    ).toEqual([false, false, false, false, false, false, false]);
  });
});
