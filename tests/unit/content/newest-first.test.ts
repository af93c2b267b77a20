import { describe, expect, it } from 'vitest';
import { newestFirst } from '../../../src/lib/content/newest-first';

const article = (title: string, iso: string) => ({ title, date: new Date(iso) });

describe('newestFirst', () => {
  it('puts the newest first, and articles of the same moment in order of title', () => {
    const list = [
      article('Older', '2024-03-01T09:00:00Z'),
      article('Talks resume', '2024-03-02T09:00:00Z'),
      article('Harbour fire', '2024-03-02T09:00:00Z'),
      article('Newest', '2024-03-03T09:00:00Z'),
    ];
    expect(list.sort(newestFirst).map(({ title }) => title)).toEqual([
      'Newest',
      'Harbour fire',
      'Talks resume',
      'Older',
    ]);
  });
});
