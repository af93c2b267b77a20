import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { link, mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from '../lib/build/files-under.ts';
import { inPool } from '../lib/build/in-pool.ts';
import { pruneOutput } from '../lib/build/prune-output.ts';
import { BUNDLE_FOLDERS } from '../lib/search/search-bundles.ts';
import { socialCardFolder } from '../lib/paths.ts';

/** Links made at once: each system call waits on the disk, so the waits overlap on the thread pool. */
const LINKS_AT_ONCE = 32;

/**
 * Astro's incremental build copies each unchanged page from its cache into
 * the emptied output folder: at 10,000 articles, 20,000 copies (pages and
 * cards) take longer than everything else a rebuild does. Astro skips the
 * copy for a file already in place, so before pages are generated this puts
 * every cached file in place as a hard link (one system call, no bytes
 * copied); and rather than let Astro empty the folder first (20,000 more
 * calls), it removes only what is not already such a link
 * (src/lib/build/prune-output.ts). After, it removes each one Astro did not
 * keep in this build (a deleted article's page), so the output is exactly
 * what a cold build writes. Astro writes a page it renders again over the
 * link, and so into its cache copy too, which it was about to do anyway.
 * Only for the site the cache last built (same output folder, base and site
 * address): a cache shared by two sites would otherwise write one's pages
 * into the other's.
 */
export default function incrementalLinks(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let site = '';
  let same = false;
  /** Files left in the output folder, already links of the cache (pruneOutput). */
  let inPlace = new Set<string>();
  let linked: string[] = [];
  const marker = () => join(cacheDir, 'broadsheet', 'linked-site.json');
  return {
    name: 'broadsheet:incremental-links',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        if (!config.experimental.incrementalBuild) return;
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        site = JSON.stringify({ outDir, base: config.base, site: config.site ?? '' });
        same = existsSync(marker()) && readFileSync(marker(), 'utf8') === site;
        updateConfig({
          vite: {
            // For the cache's own site, 'astro:build:start' empties the output folder but for what it would link back.
            ...(same ? { build: { emptyOutDir: false } } : {}),
            plugins: [
              {
                name: 'broadsheet:incremental-links',
                enforce: 'pre',
                // After Astro empties the output folder, before its own post step generates the pages.
                buildApp: {
                  order: 'post',
                  handler: async () => {
                    // Until this build is done, the cache belongs to no site.
                    rmSync(marker(), { force: true });
                    linked = same ? await linkCached(cacheDir, outDir, inPlace) : [];
                    inPlace = new Set();
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:start': () => {
        if (!cacheDir) return;
        // Astro writes a page into its cache file in place, so through every hard link to it: the cache
        // of another site (or of a build that stopped) goes, or this build would write into that site's pages.
        if (!same) rmSync(join(cacheDir, 'dist'), { recursive: true, force: true });
        else
          inPlace = pruneOutput(
            outDir,
            join(cacheDir, 'dist'),
            // The search index and the social cards keep their folders in step with caches of their own.
            [...BUNDLE_FOLDERS, socialCardFolder].map((folder) => folder.replace(/\/$/, '')),
          );
      },
      // As soon as the pages are written: the search index and _headers, which start reading them in
      // this same hook after this integration, remember each page by its inode (file-memo.ts).
      'astro:build:generated': async ({ logger }) => {
        if (!cacheDir) return;
        const kept = keptFiles(cacheDir);
        const stale = linked.filter((file) => !kept.has(file));
        for (const file of stale) remove(outDir, file);
        // A file linked before rendering stays a link when Astro renders it again (it writes through the
        // link): only the files Astro made this build are looked at (none when nothing changed, not 20,000).
        const before = new Set(linked);
        const relinked = await linkWritten(
          cacheDir,
          outDir,
          [...kept].filter((file) => !before.has(file)),
        );
        logger.info(
          `${linked.length - stale.length} unchanged files linked from the cache, ${stale.length} stale removed, ${relinked} written now linked to their cached copy`,
        );
        linked = [];
        mkdirSync(dirname(marker()), { recursive: true });
        writeFileSync(marker(), site);
      },
    },
  };
}

/**
 * Hard-link every file of Astro's incremental cache into the output folder;
 * returns their paths in it.
 */
async function linkCached(cacheDir: string, outDir: string, inPlace: ReadonlySet<string>): Promise<string[]> {
  const cached = join(cacheDir, 'dist');
  if (!existsSync(cached)) return [];
  const files = filesUnder(cached);
  const folders = new Map<string, Promise<unknown>>();
  const linked = files.filter((file) => inPlace.has(file));
  const linkOne = async (file: string) => {
    const to = join(outDir, file);
    const folder = dirname(to);
    if (!folders.has(folder)) folders.set(folder, mkdir(folder, { recursive: true }));
    await folders.get(folder);
    try {
      await link(join(cached, file), to);
      linked.push(file);
    } catch {
      // Already there, another device, or no hard links here: Astro copies this one itself.
    }
  };
  await inPool(
    LINKS_AT_ONCE,
    files.filter((file) => !inPlace.has(file)),
    linkOne,
  );
  return linked;
}

/**
 * Astro writes each page it renders twice, to the output and to its cache,
 * as two files: make the output's a hard link of the cached one (same
 * bytes: the same body written twice), so the next build finds it in place
 * (pruneOutput) instead of removing and linking it again, and what the
 * search index and `_headers` remembered of it still holds. Returns how many.
 */
async function linkWritten(cacheDir: string, outDir: string, files: readonly string[]): Promise<number> {
  const cached = join(cacheDir, 'dist');
  let count = 0;
  const linkOne = async (file: string) => {
    const [to, from] = [join(outDir, file), join(cached, file)];
    try {
      const [out, copy] = await Promise.all([stat(to, { bigint: true }), stat(from, { bigint: true })]);
      if ((out.ino === copy.ino && out.dev === copy.dev) || out.size !== copy.size) return;
      await link(from, `${to}.linking`);
      await rename(`${to}.linking`, to);
      count++;
    } catch {
      // Missing, another device, or no hard links here: the file stays as Astro wrote it.
      await rm(`${to}.linking`, { force: true });
    }
  };
  await inPool(LINKS_AT_ONCE, files, linkOne);
  return count;
}

/** The output files Astro's manifest records for this build (its `incremental-build.json`). */
function keptFiles(cacheDir: string): Set<string> {
  const file = join(cacheDir, 'incremental-build.json');
  if (!existsSync(file)) return new Set(); // None written: keep nothing linked.
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
    routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  return new Set(
    Object.values(manifest.routes).flatMap((route) => Object.values(route.paths).map((path) => path.outputFile)),
  );
}

/** Remove a file of the output, and the folders it leaves empty (a withdrawn article's). */
function remove(outDir: string, file: string): void {
  rmSync(join(outDir, file), { force: true });
  for (
    let folder = dirname(join(outDir, file));
    folder.startsWith(outDir) && folder !== outDir;
    folder = dirname(folder)
  ) {
    if (readdirSync(folder).length > 0) return;
    rmdirSync(folder);
  }
}
