/** Small statistics and formatting helpers for the benchmark. */

export interface Stat {
  median: number;
  min: number;
  max: number;
  /** Every run's value, in run order. */
  values: number[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median with min–max over repeated runs; undefined when no run produced a value. */
export function stat(values: readonly number[]): Stat | undefined {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return undefined;
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), values: [...finite] };
}

/** Summarise one numeric field over runs. */
export function statOf<T>(runs: readonly T[], pick: (run: T) => number | undefined): Stat | undefined {
  return stat(runs.map(pick).filter((value): value is number => value !== undefined));
}

export const KB = 1024;
export const MB = 1024 * 1024;

/** `12.3 (11.9–13.0)`, or just `12.3` when every run agrees or there was one run. */
export function formatStat(value: Stat | undefined, scale = 1, digits = 1): string {
  if (!value) return '—';
  const f = (n: number) => (n / scale).toFixed(digits);
  return f(value.min) === f(value.max) ? f(value.median) : `${f(value.median)} (${f(value.min)}–${f(value.max)})`;
}

export function formatNumber(value: number | undefined, scale = 1, digits = 1): string {
  return value === undefined || !Number.isFinite(value) ? '—' : (value / scale).toFixed(digits);
}
