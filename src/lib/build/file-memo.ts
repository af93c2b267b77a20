import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** A value computed from a file's bytes, remembered between builds for as long as the file is unchanged. */
export interface FileMemo<T> {
  get(file: string, compute: (file: string) => T): T;
  /** Write what this build asked for (and only that) to the memo's file. */
  save(): void;
}

type Entries<T> = Record<string, [stamp: string, value: T]>;

/**
 * The file's identity and version as the file system keeps them: a page
 * the incremental build left in place keeps its inode, size and
 * modification time (to the nanosecond); a page written again does not.
 */
function stampOf(file: string): string {
  const { ino, size, mtimeNs } = statSync(file, { bigint: true });
  return `${ino}:${size}:${mtimeNs}`;
}

/**
 * Values computed from files, kept in `store` (JSON) between builds: a
 * rebuild reads again only the files that changed. `version` names the code
 * that computes them; a different version forgets them all.
 */
export function fileMemo<T>(store: string, version: string): FileMemo<T> {
  let known: Entries<T> = {};
  try {
    const saved = existsSync(store)
      ? (JSON.parse(readFileSync(store, 'utf8')) as { version: string; entries: Entries<T> })
      : undefined;
    if (saved?.version === version) known = saved.entries;
  } catch {
    // Unreadable (a build stopped while writing it): computed again.
  }
  const used: Entries<T> = {};
  return {
    get(file, compute) {
      const stamp = stampOf(file);
      const hit = known[file];
      const value = hit && hit[0] === stamp ? hit[1] : compute(file);
      used[file] = [stamp, value];
      return value;
    },
    save() {
      mkdirSync(dirname(store), { recursive: true });
      writeFileSync(`${store}.tmp`, JSON.stringify({ version, entries: used }));
      // Renamed into place whole: a build stopped halfway leaves the old memo or none.
      renameSync(`${store}.tmp`, store);
    },
  };
}
