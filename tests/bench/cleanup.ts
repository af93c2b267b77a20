/**
 * Everything the benchmark starts is registered here and torn down on exit,
 * on Ctrl-C and on errors: temp folders, child process groups (Astro,
 * Pagefind, the Lighthouse Chromium), servers and Playwright browsers.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

type AsyncCleanup = () => Promise<unknown> | unknown;

const dirs = new Set<string>();
const groups = new Set<number>();
const closers = new Set<AsyncCleanup>();
let keepDirs = false;

export function keepTempDirs(keep: boolean): void {
  keepDirs = keep;
}

export function trackDir(dir: string): string {
  dirs.add(dir);
  return dir;
}

let setAside = 0;

/**
 * Take `dir` out of the way of the next build: renamed beside itself, and
 * deleted with the rest at clean-up, not now. On ext4 without a journal
 * (this host's), the kernel will not reuse an inode freed in the last five
 * minutes and steps over each such one whenever it allocates another, so a
 * cold build run right after deleting the previous run's trees paid for
 * that deletion: at 1,000 articles about 1–2 s of kernel time, which a
 * build on a fresh clone never pays.
 */
export function removeDir(dir: string): void {
  if (keepDirs) return; // --keep: everything stays for inspection.
  dirs.delete(dir);
  if (!existsSync(dir)) return;
  const aside = `${dir}.removed-${++setAside}`;
  try {
    renameSync(dir, aside);
    dirs.add(aside);
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A child started with `detached: true` leads its own process group: kill the group. */
export function trackGroup(pid: number): void {
  groups.add(pid);
}

export function untrackGroup(pid: number): void {
  groups.delete(pid);
}

export function killGroup(pid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
  groups.delete(pid);
}

/** Run `close` at clean-up; returns a function that runs it now and forgets it. */
export function onCleanup(close: AsyncCleanup): () => Promise<void> {
  closers.add(close);
  return async () => {
    closers.delete(close);
    await close();
  };
}

function cleanupSync(): void {
  for (const pid of groups) killGroup(pid);
  if (!keepDirs) for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs.clear();
}

/** Graceful clean-up (browsers, servers), then the synchronous part. */
export async function cleanup(): Promise<void> {
  const pending = [...closers];
  closers.clear();
  await Promise.allSettled(pending.map(async (close) => close()));
  cleanupSync();
}

let installed = false;
export function installExitHandlers(): void {
  if (installed) return;
  installed = true;
  process.on('exit', cleanupSync);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      console.error(`\nbench: ${signal}, cleaning up`);
      const timer = setTimeout(() => process.exit(130), 5000);
      void cleanup().finally(() => {
        clearTimeout(timer);
        process.exit(130);
      });
    });
  }
}
