/**
 * Builds the site from a content folder with `astro build` (whose last step,
 * the search-index integration, reports its own time), sampling the peak
 * resident memory of the build's whole process tree (Astro, Pagefind and the
 * social-card workers).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SMALL_PAGES_ENV } from '../../src/lib/build/small-pages-env.ts';
import { killGroup, removeDir, trackGroup, untrackGroup } from './cleanup.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface StepResult {
  ms: number;
  /** Highest sum of VmRSS over the process and all its descendants (sampled every 20–100 ms). */
  peakRssBytes: number;
}

export interface DirSize {
  bytes: number;
  files: number;
}

export interface BuildResult {
  astro: StepResult;
  pagefind: StepResult;
  totalMs: number;
  msPerArticle: number;
  dist: DirSize;
  pagefindDir: DirSize;
  pages: number;
  /** Files Astro wrote (pages, feeds; not the cards, see `cards`), and of them those taken from its incremental cache (linked or copied), not rendered. */
  routes: { written: number; copied: number };
  /** Parts of the search index Pagefind indexed afresh, of all (the rest were copied from the cache). */
  searchParts: { indexed: number; total: number };
  /** Social cards: already in place from the last build, linked from the card cache now, removed. */
  cards: { inPlace: number; linked: number; removed: number };
}

/** pid → children, from the ppid field of every /proc/<pid>/stat. */
function childMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: parse after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return children;
}

export function treeRssBytes(rootPid: number): number {
  const children = childMap();
  let total = 0;
  const queue = [rootPid];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    try {
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (match) total += Number(match[1]) * 1024;
    } catch {
      // Gone.
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs a command in its own process group; rejects on a non-zero exit or after `timeoutMs`. */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; label: string },
): Promise<StepResult & { output: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const pid = child.pid;
    if (pid === undefined) return reject(new Error(`${options.label}: could not start ${command}`));
    trackGroup(pid);
    // All of it: a build's log lists every page, and the rebuild counts those copied.
    let output = '';
    const keep = (chunk: Buffer) => {
      output += chunk.toString();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    let peak = 0;
    let sampler: ReturnType<typeof setTimeout> | undefined;
    // Every 20 ms for the first 2 s (short steps such as Pagefind at small N), then every 100 ms.
    const sample = () => {
      peak = Math.max(peak, treeRssBytes(pid));
      sampler = setTimeout(sample, performance.now() - started < 2000 ? 20 : 100);
    };
    sample();
    const timeout = setTimeout(() => {
      output += `\n[bench] timed out after ${options.timeoutMs} ms`;
      killGroup(pid);
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(sampler);
      clearTimeout(timeout);
      untrackGroup(pid);
      reject(new Error(`${options.label}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      clearTimeout(sampler);
      clearTimeout(timeout);
      // Anything the step left running in its group goes too.
      killGroup(pid);
      if (code === 0) resolve({ ms, peakRssBytes: peak, output });
      else
        reject(
          new Error(
            `${options.label} failed (${signal ?? `exit ${code}`}):\n${output.trim().split('\n').slice(-25).join('\n')}`,
          ),
        );
    });
  });
}

export function dirSize(dir: string): DirSize {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Sizes of several folders added up; a folder the build did not write counts as empty. */
function sumSizes(dirs: string[]): DirSize {
  return dirs
    .filter((dir) => existsSync(dir))
    .map(dirSize)
    .reduce((sum, size) => ({ bytes: sum.bytes + size.bytes, files: sum.files + size.files }), { bytes: 0, files: 0 });
}

export async function measureBuild(options: {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  articles: number;
  timeoutMs: number;
  /** Keep the caches (and the output) of the previous build: a rebuild. Default: a cold build. */
  warm?: boolean;
}): Promise<BuildResult> {
  // A cold build: no output and no Astro cache left from a previous run.
  if (!options.warm) {
    removeDir(options.outDir);
    removeDir(options.cacheDir);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // As `npm run build` sets them: mimalloc without huge pages.
    ...SMALL_PAGES_ENV,
    // `node` in any grandchild is the project's Node 24, as under `npm run`.
    PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
    CONTENT_DIR: options.contentDir,
    OUT_DIR: options.outDir,
    CACHE_DIR: options.cacheDir,
    // Social images are cached between builds too: a cold build draws every one.
    SOCIAL_IMAGE_CACHE: join(options.cacheDir, 'social-images'),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  // Each build is timed on its own: what the last one wrote (2 GB at 10,000 articles) is flushed to
  // disk first, not while this one runs (a rebuild right after a cold build took 26 s instead of 21).
  execFileSync('sync');
  // One step, as `npm run build` on any host: `astro build` ends with the search-index
  // integration, whose log line gives the indexing's share of the time.
  const build = await runMeasured(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    env,
    timeoutMs: options.timeoutMs,
    label: 'astro build',
  });
  const indexed = /indexed \d+ articles in ([\d.]+) s \((\d+) of (\d+) parts afresh\)/.exec(build.output);
  if (!indexed) throw new Error(`astro build printed no search-index line:\n${build.output.slice(-2000)}`);
  const cards = /(\d+) cards: (\d+) in place, (\d+) linked from the card cache, (\d+) removed/.exec(build.output);
  if (!cards) throw new Error(`astro build printed no social-cards line:\n${build.output.slice(-2000)}`);
  const pagefindMs = Number(indexed[1]) * 1000;
  const astro = { ms: build.ms - pagefindMs, peakRssBytes: build.peakRssBytes };
  const pagefind = { ms: pagefindMs, peakRssBytes: build.peakRssBytes };
  const articleDir = join(options.outDir, 'articles');
  const pages = readdirSync(articleDir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).length;
  if (pages !== options.articles)
    throw new Error(`Expected ${options.articles} article pages in ${articleDir}, found ${pages}`);
  const totalMs = build.ms;
  return {
    astro,
    pagefind,
    totalMs,
    msPerArticle: totalMs / options.articles,
    dist: dirSize(options.outDir),
    // Every search bundle: the newest articles' and the archive's.
    pagefindDir: sumSizes(['pagefind', 'pagefind-archive'].map((folder) => join(options.outDir, folder))),
    pages,
    routes: {
      written: build.output.split('├─').length - 1,
      copied: build.output.split('(restored)').length + build.output.split('(cached)').length - 2,
    },
    searchParts: { indexed: Number(indexed[2]), total: Number(indexed[3]) },
    cards: { inPlace: Number(cards[2]), linked: Number(cards[3]), removed: Number(cards[4]) },
  };
}
