import { describe, expect, it } from 'vitest';
import { groupByYear } from '../../../src/lib/content/years';

const article = (day: string) => ({ data: { date: new Date(`${day}T00:00:00Z`) } });

describe('groupByYear', () => {
  it('groups articles by year, newest year first, keeping their order within a year', () => {
    const [a, b, c] = [article('2023-05-01'), article('2022-01-01'), article('2023-01-01')];
    expect(groupByYear([a, c, b])).toEqual([
      [2023, [a, c]],
      [2022, [b]],
    ]);
  });

  it('takes the year in UTC: a day never moves to the year before', () => {
    expect(groupByYear([article('2024-01-01')])[0]![0]).toBe(2024);
  });
});
