import { describe, expect, it } from 'vitest';
import { runLatest } from '../../../src/scripts/run-latest';

/** A task whose calls finish only when the test says so. */
function controlled() {
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  const task = (value: string) => {
    started.push(value);
    return new Promise<void>((resolve) => finishers.push(resolve));
  };
  const finish = async () => {
    finishers.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { started, task, finish };
}

describe('runLatest', () => {
  it('should run at once when nothing is running', () => {
    const { started, task } = controlled();
    runLatest(task)('a');
    expect(started).toEqual(['a']);
  });

  it('should run only the newest value once the running call settles', async () => {
    const { started, task, finish } = controlled();
    const schedule = runLatest(task);
    schedule('a');
    schedule('ab');
    schedule('abc');
    expect(started).toEqual(['a']);
    await finish();
    expect(started).toEqual(['a', 'abc']);
  });

  it('should abort the running call’s signal when a newer value arrives, and not before', () => {
    const signals: AbortSignal[] = [];
    const schedule = runLatest((_value: string, signal) => {
      signals.push(signal);
      // Never settles: the test only watches the signals.
      return new Promise<void>(() => undefined);
    });
    schedule('a');
    expect(signals[0]!.aborted).toBe(false);
    schedule('ab');
    expect(signals[0]!.aborted).toBe(true);
  });

  it('should keep going after a call fails', async () => {
    const started: string[] = [];
    const schedule = runLatest(async (value: string) => {
      started.push(value);
      throw new Error('index failed');
    });
    schedule('a');
    await new Promise((resolve) => setTimeout(resolve, 0));
    schedule('b');
    expect(started).toEqual(['a', 'b']);
  });
});

describe('runLatest.cancel', () => {
  it('should drop the waiting value', async () => {
    const { started, task, finish } = controlled();
    const schedule = runLatest(task);
    schedule('a');
    schedule('ab');
    schedule.cancel();
    await finish();
    expect(started).toEqual(['a']);
  });
});
