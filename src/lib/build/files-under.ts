import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every file under `folder`, as paths from it with `/` between folders,
 * folders listed one at a time. Node's `readdirSync(folder, { recursive: true })`
 * also stats every entry that is not a folder, in case it is a link to one:
 * at 10,000 articles, 20,000 system calls for each walk of the output, and
 * the build walks it four times. Links to folders are not followed, nor
 * listed: the build output and its caches hold none.
 */
export function filesUnder(folder: string): string[] {
  const files: string[] = [];
  const pending = [''];
  for (let at = pending.pop(); at !== undefined; at = pending.pop()) {
    for (const entry of readdirSync(join(folder, at), { withFileTypes: true })) {
      const path = at ? `${at}/${entry.name}` : entry.name;
      if (entry.isDirectory()) pending.push(path);
      else if (entry.isFile()) files.push(path);
    }
  }
  return files;
}
