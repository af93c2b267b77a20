import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { releaseHeap } from '../../../src/lib/build/release-heap.ts';

/** Resident memory as the system counts it, in MiB. */
const residentMiB = () => process.memoryUsage().rss / 2 ** 20;

describe('releaseHeap', () => {
  it('returns the pages freed garbage leaves pooled to the system', () => {
    // Small objects, as rendering leaves behind (large ones are unmapped as soon as they are freed);
    // an ordinary collection gives back about 110 MiB of them, this one about 350.
    expect(makeGarbage(5_000_000)).toBe(5_000_000);
    const before = residentMiB();
    releaseHeap();
    expect(before - residentMiB()).toBeGreaterThan(250);
  });

  it('leaves a heap smaller than `atLeast` as it is', () => {
    expect(makeGarbage(5_000_000)).toBe(5_000_000);
    const before = residentMiB();
    expect(releaseHeap({ atLeast: 64 * 2 ** 30 })).toBe(false);
    // The garbage is still held: the pool was not emptied.
    expect(Math.abs(before - residentMiB())).toBeLessThan(50);
    expect(releaseHeap({ atLeast: 1 })).toBe(true);
    expect(before - residentMiB()).toBeGreaterThan(250);
  });

  it('leaves gc out of the contexts created afterwards', () => {
    releaseHeap();
    expect(runInNewContext('typeof gc')).toBe('undefined');
  });
});

/** `count` small objects, unreachable once this returns. */
function makeGarbage(count: number): number {
  const chunks = Array.from({ length: count / 10_000 }, (_, chunk) =>
    Array.from({ length: 10_000 }, (_, i) => ({ at: chunk * 10_000 + i })),
  );
  return chunks.flat().length;
}
