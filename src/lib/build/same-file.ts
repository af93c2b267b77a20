import { statSync } from 'node:fs';

/** Whether two paths are one file: hard links of each other (or the same path). False if either is missing. */
export function sameFile(a: string, b: string): boolean {
  try {
    const [one, two] = [statSync(a, { bigint: true }), statSync(b, { bigint: true })];
    return one.ino === two.ino && one.dev === two.dev;
  } catch {
    return false;
  }
}
