/**
 * Run `task` for the newest value only: at once when idle, else as soon as
 * the running call settles, skipping values that came in between. Typing
 * never waits on a debounce timer, and a slow index never builds a queue of
 * stale searches.
 */
export function runLatest<T>(task: (value: T) => Promise<void>): ((value: T) => void) & { cancel(): void } {
  let running = false;
  let pending: { value: T } | undefined;
  const start = async (value: T): Promise<void> => {
    running = true;
    try {
      await task(value);
    } catch {
      // The task reports its own failures; the next value still runs.
    } finally {
      running = false;
      const next = pending;
      pending = undefined;
      if (next) void start(next.value);
    }
  };
  const schedule = (value: T): void => {
    if (running) pending = { value };
    else void start(value);
  };
  /** Drop the value waiting for its turn (the running call is the caller's to ignore). */
  const cancel = (): void => {
    pending = undefined;
  };
  return Object.assign(schedule, { cancel });
}
