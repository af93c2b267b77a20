import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { sameFile } from './same-file.ts';

/**
 * Empty the output folder as a cold build would find it, except for the
 * files that are hard links of the cached file at the same path under
 * `cached`: the incremental build would only link those back (at 10,000
 * articles, 20,000 unlinks and as many links, a third of a rebuild). Folders
 * in `skip` (top level, such as the search index, which its own step keeps
 * in step with its cache) are left as they are; empty folders go. Returns
 * the paths kept, relative to `outDir`, with `/` between folders.
 */
export function pruneOutput(outDir: string, cached: string, skip: readonly string[] = []): Set<string> {
  const kept = new Set<string>();
  if (!existsSync(outDir)) return kept;
  const skipped = new Set(['.git', ...skip]);
  for (const entry of readdirSync(outDir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(outDir, entry.name);
    if (entry.isDirectory()) pruneFolder(path, outDir, cached, kept);
    else keepOrRemove(path, outDir, cached, kept);
  }
  return kept;
}

/** Returns whether the folder was emptied, and so removed (without listing it again: 10,000 folders at 10,000 articles). */
function pruneFolder(folder: string, outDir: string, cached: string, kept: Set<string>): boolean {
  let left = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    const gone = entry.isDirectory()
      ? pruneFolder(path, outDir, cached, kept)
      : !keepOrRemove(path, outDir, cached, kept);
    if (!gone) left++;
  }
  if (left === 0) rmdirSync(folder);
  return left === 0;
}

/** Returns whether the file was kept. */
function keepOrRemove(path: string, outDir: string, cached: string, kept: Set<string>): boolean {
  const file = relative(outDir, path);
  if (sameFile(path, join(cached, file))) {
    kept.add(file.split(sep).join('/'));
    return true;
  }
  rmSync(path, { force: true });
  return false;
}
