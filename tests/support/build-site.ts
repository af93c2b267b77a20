import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

const root = new URL('../../', import.meta.url).pathname;

/**
 * `astro build` of a collection in `dir/content` (the given files written
 * there first) into `dir/dist`, with a cache of its own (`dir/cache`):
 * builds in parallel must not share one content store. Extra `env` is added.
 */
export function buildSite(
  dir: string,
  files: Record<string, string | Uint8Array>,
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const content = join(dir, 'content');
  mkdirSync(content, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(content, file)), { recursive: true });
    writeFileSync(join(content, file), text);
  }
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: {
      ...newsroomEnv(),
      CONTENT_DIR: content,
      OUT_DIR: join(dir, 'dist'),
      CACHE_DIR: join(dir, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...env,
    },
    encoding: 'utf8',
  });
  // CI may force colour; assert on the words a reader sees, not the escape codes.
  return { status: result.status, output: stripVTControlCharacters(result.stdout + result.stderr) };
}

/** This process's environment without what Vitest adds to it (`NODE_ENV=test`, `BASE_URL`, `MODE`…): a build as a newsroom runs it. */
function newsroomEnv(): NodeJS.ProcessEnv {
  const vitest = ['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !vitest.includes(name) && !name.startsWith('VITEST')),
  );
}
