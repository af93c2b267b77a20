/** Whether `value` is a `YYYY-MM-DD` day that exists on the calendar (so not `2023-02-30`, which `Date` would roll into March). */
export function isRealDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}
