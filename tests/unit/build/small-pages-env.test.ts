import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SMALL_PAGES_ENV, withSmallPages } from '../../../src/lib/build/small-pages-env';

const root = new URL('../../../', import.meta.url);

// Skia (@napi-rs/canvas) brings mimalloc, as Rolldown and Astro's compiler do. The kernel marks
// every mapping a process has asked huge pages for with `hg` in /proc/<pid>/smaps.
const HUGE_PAGE_MAPPINGS = `
const { createCanvas } = require('@napi-rs/canvas');
createCanvas(100, 100).getContext('2d').fillRect(0, 0, 10, 10);
const lines = require('node:fs').readFileSync('/proc/self/smaps', 'utf8').split('\\n');
// A string, not a number: under FORCE_COLOR, console.log would colour a number.
process.stdout.write(String(lines.filter((line) => line.startsWith('VmFlags:') && / hg( |$)/.test(line)).length));
`;

function hugePageMappings(env: NodeJS.ProcessEnv): number {
  const run = spawnSync(process.execPath, ['-e', HUGE_PAGE_MAPPINGS], { cwd: root, env, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return Number(run.stdout.trim());
}

describe.runIf(process.platform === 'linux')('withSmallPages', () => {
  const without = Object.fromEntries(Object.entries(process.env).filter(([name]) => !(name in SMALL_PAGES_ENV)));

  it('leaves mimalloc asking for huge pages when it is not set', () => {
    expect(hugePageMappings(without)).toBeGreaterThan(0);
  });

  it('turns them off in a process started with it', () => {
    expect(hugePageMappings(withSmallPages(without))).toBe(0);
  });

  it('keeps the rest of the environment', () => {
    expect(withSmallPages({ SITE_URL: 'https://example.org' })).toEqual({
      SITE_URL: 'https://example.org',
      MIMALLOC_ALLOW_THP: '0',
    });
  });
});

describe('npm run build', () => {
  it('sets the same variables for the build process itself', () => {
    const { scripts } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const settings = Object.entries(SMALL_PAGES_ENV).map(([name, value]) => `${name}=${value}`);
    expect(scripts['build']).toBe(`cross-env ${settings.join(' ')} astro build`);
  });
});
