import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, removeDir } from '../../bench/cleanup';

describe('removeDir', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-cleanup-'));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('frees the path at once and deletes the tree at clean-up', async () => {
    const dir = join(root, 'dist-10');
    mkdirSync(join(dir, 'articles/a'), { recursive: true });
    writeFileSync(join(dir, 'articles/a/index.html'), '<p>A</p>');
    removeDir(dir);
    expect(existsSync(dir)).toBe(false);
    // Set aside, so the next build at that path finds no inodes freed moments ago.
    expect(readdirSync(root)).toEqual(['dist-10.removed-1']);
    mkdirSync(dir);
    await cleanup();
    expect(readdirSync(root)).toEqual(['dist-10']);
  });

  it('leaves nothing for a folder that is not there', async () => {
    removeDir(join(root, 'never-built'));
    await cleanup();
    expect(existsSync(root) ? readdirSync(root) : []).toEqual([]);
  });
});
