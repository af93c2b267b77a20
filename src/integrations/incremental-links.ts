import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro's incremental build copies each unchanged page from its cache into
 * the emptied output folder: at 10,000 articles, 20,000 copies (pages and
 * cards) take longer than everything else a rebuild does. Astro skips the
 * copy for a file already in place, so before pages are generated this puts
 * every cached file in place as a hard link (one system call, no bytes
 * copied); after, it removes each one Astro did not keep in this build (a
 * deleted article's page), so the output is exactly what a cold build
 * writes. Astro writes a page it renders again over the link, and so into
 * its cache copy too, which it was about to do anyway.
 */
export default function incrementalLinks(): AstroIntegration {
  let cacheDir = '';
  let outDir = '';
  let linked: string[] = [];
  return {
    name: 'broadsheet:incremental-links',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        if (!config.experimental.incrementalBuild) return;
        cacheDir = fileURLToPath(config.cacheDir);
        outDir = fileURLToPath(config.outDir);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'broadsheet:incremental-links',
                enforce: 'pre',
                // After Astro empties the output folder, before its own post step generates the pages.
                buildApp: {
                  order: 'post',
                  handler: async () => {
                    linked = linkCached(cacheDir, outDir);
                  },
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (!cacheDir) return;
        const kept = keptFiles(cacheDir);
        const stale = linked.filter((file) => !kept.has(file));
        for (const file of stale) remove(outDir, file);
        logger.info(
          `${linked.length - stale.length} unchanged files linked from the cache, ${stale.length} stale removed`,
        );
        linked = [];
      },
    },
  };
}

/** Hard-link every file of Astro's incremental cache into the output folder; returns their paths in it. */
function linkCached(cacheDir: string, outDir: string): string[] {
  const cached = join(cacheDir, 'dist');
  if (!existsSync(cached)) return [];
  const files: string[] = [];
  const made = new Set<string>();
  for (const entry of readdirSync(cached, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const from = join(entry.parentPath, entry.name);
    const file = relative(cached, from);
    const to = join(outDir, file);
    if (existsSync(to)) continue;
    const folder = dirname(to);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    try {
      linkSync(from, to);
      files.push(file.split('\\').join('/'));
    } catch {
      // Another device, or no hard links here: Astro copies this one itself.
    }
  }
  return files;
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
