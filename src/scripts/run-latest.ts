/**
 * Run `task` for the newest value only: at once when idle, else as soon as
 * the running call settles, skipping values that came in between. The running
 * call's signal aborts when a newer value arrives, so it can stop early
 * instead of loading results nobody will see. Typing never waits on a
 * debounce timer, and a slow index never builds a queue of stale searches.
 */
export function runLatest<T>(
  task: (value: T, signal: AbortSignal) => Promise<void>,
): ((value: T) => void) & { cancel(): void } {
  let running: AbortController | undefined;
  let pending: { value: T } | undefined;
  const start = async (value: T): Promise<void> => {
    const controller = (running = new AbortController());
    try {
      await task(value, controller.signal);
    } catch {
      // The task reports its own failures; the next value still runs.
    } finally {
      running = undefined;
      const next = pending;
      pending = undefined;
      if (next) void start(next.value);
    }
  };
  const schedule = (value: T): void => {
    if (!running) return void start(value);
    pending = { value };
    running.abort();
  };
  /** Drop the value waiting for its turn, and tell the running call it is no longer wanted. */
  const cancel = (): void => {
    pending = undefined;
    running?.abort();
  };
  return Object.assign(schedule, { cancel });
}
