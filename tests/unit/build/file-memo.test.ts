import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileMemo } from '../../../src/lib/build/file-memo';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-memo-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A memo whose computation counts its calls. */
function counted(store: string, version = 'v1') {
  const calls: string[] = [];
  const memo = fileMemo<number>(store, version);
  const get = (file: string) =>
    memo.get(file, (path) => {
      calls.push(path);
      return path.length;
    });
  return { memo, get, calls };
}

describe('fileMemo', () => {
  it('computes once per file in a build and not at all in the next while the file is unchanged', () => {
    const page = join(work, 'a.html');
    writeFileSync(page, 'one');
    const store = join(work, 'memo-a.json');
    const first = counted(store);
    expect(first.get(page)).toBe(page.length);
    first.memo.save();
    const second = counted(store);
    second.get(page);
    expect(first.calls).toEqual([page]);
    expect(second.calls).toEqual([]);
  });

  it('computes again for a file written again, even with the same length', () => {
    const page = join(work, 'b.html');
    writeFileSync(page, 'one');
    const store = join(work, 'memo-b.json');
    const first = counted(store);
    first.get(page);
    first.memo.save();
    writeFileSync(page, 'two');
    const second = counted(store);
    second.get(page);
    expect(second.calls).toEqual([page]);
  });

  it('forgets everything when the version of the code changes', () => {
    const page = join(work, 'c.html');
    writeFileSync(page, 'one');
    const store = join(work, 'memo-c.json');
    const first = counted(store, 'v1');
    first.get(page);
    first.memo.save();
    const second = counted(store, 'v2');
    second.get(page);
    expect(second.calls).toEqual([page]);
  });

  it('reads an unreadable memo as empty rather than failing the build', () => {
    const page = join(work, 'd.html');
    writeFileSync(page, 'one');
    const store = join(work, 'memo-d.json');
    writeFileSync(store, '{"version": "v1", "entr');
    const memo = counted(store);
    expect(memo.get(page)).toBe(page.length);
    expect(memo.calls).toEqual([page]);
  });

  it('keeps only the files this build asked for', () => {
    const [kept, dropped] = [join(work, 'e.html'), join(work, 'f.html')];
    writeFileSync(kept, 'kept');
    writeFileSync(dropped, 'dropped');
    const store = join(work, 'memo-e.json');
    const first = counted(store);
    first.get(kept);
    first.get(dropped);
    first.memo.save();
    const second = counted(store);
    second.get(kept);
    second.memo.save();
    const third = counted(store);
    third.get(dropped);
    expect(third.calls).toEqual([dropped]);
  });
});
