import { describe, expect, it } from 'vitest';
import { inPool } from '../../../src/lib/build/in-pool';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('inPool', () => {
  it('returns the results in the order of the items, whatever order they finish in', async () => {
    const items = [30, 5, 20, 1, 10];
    const doubled = await inPool(3, items, async (ms) => {
      await tick(ms);
      return ms * 2;
    });
    expect(doubled).toEqual([60, 10, 40, 2, 20]);
  });

  it('never runs more than `size` tasks at once, and runs each item once', async () => {
    let running = 0;
    let most = 0;
    const seen: number[] = [];
    await inPool(
      4,
      Array.from({ length: 25 }, (_, at) => at),
      async (at) => {
        most = Math.max(most, ++running);
        seen.push(at);
        await tick(at % 3);
        running--;
      },
    );
    expect(most).toBe(4);
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, at) => at));
  });

  it('handles no items, and fewer items than workers', async () => {
    expect(await inPool(8, [], async () => 1)).toEqual([]);
    expect(await inPool(8, ['a'], async (item) => item.toUpperCase())).toEqual(['A']);
  });

  it('rejects with the first task that fails', async () => {
    const failing = inPool(2, [1, 2, 3], async (item) => {
      if (item === 2) throw new Error('part 2 failed');
      return item;
    });
    await expect(failing).rejects.toThrow('part 2 failed');
  });
});
