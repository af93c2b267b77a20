import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesUnder } from '../../../src/lib/build/files-under';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-files-under-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function put(file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, file);
}

describe('filesUnder', () => {
  it('lists every file however deep, from the folder, with / between folders', () => {
    const site = join(work, 'site');
    for (const file of ['index.html', 'articles/quay/index.html', 'articles/quay/card.png', 'a/b/c/d.txt'])
      put(join(site, file));
    mkdirSync(join(site, 'empty/inner'), { recursive: true });
    expect(filesUnder(site).sort()).toEqual([
      'a/b/c/d.txt',
      'articles/quay/card.png',
      'articles/quay/index.html',
      'index.html',
    ]);
  });

  it('neither lists nor follows symbolic links', () => {
    const site = join(work, 'links');
    put(join(site, 'real/page.html'));
    symlinkSync(join(site, 'real'), join(site, 'folder-link'));
    symlinkSync(join(site, 'real/page.html'), join(site, 'file-link.html'));
    expect(filesUnder(site)).toEqual(['real/page.html']);
  });

  it('gives nothing for an empty folder and fails for a missing one', () => {
    mkdirSync(join(work, 'nothing'));
    expect(filesUnder(join(work, 'nothing'))).toEqual([]);
    expect(() => filesUnder(join(work, 'missing'))).toThrow(/ENOENT/);
  });
});
