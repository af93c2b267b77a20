import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'broadsheet-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Build the site from a one-article collection; return the exit code and output. */
function build(name: string, markdown: string): { status: number | null; output: string } {
  const dir = join(work, name);
  const content = join(dir, 'content');
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, `${name}.md`), markdown);
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: content, OUT_DIR: join(dir, 'dist'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('building a collection with broken front matter', () => {
  it('should fail, naming the file and each bad field', () => {
    const { status, output } = build('broken-story', '---\ntitle: ""\ndate: not a date\ntitel: typo\n---\n\nBody.\n');
    expect(status).not.toBe(0);
    expect(output).toContain('broken-story.md');
    expect(output).toMatch(/title: title must not be empty/);
    expect(output).toMatch(/date: /);
    expect(output).toContain('"titel"');
  }, 120_000);
});
