import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pruneOutput } from '../../../src/lib/build/prune-output';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-prune-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function put(file: string, text: string): string {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('pruneOutput', () => {
  it('keeps exactly the files that are links of the cached file at the same path, and skipped folders', () => {
    const [out, cache] = [join(work, 'a', 'dist'), join(work, 'a', 'cache')];
    // Linked from the cache last build and unchanged.
    const linked = join(out, 'articles/quay/index.html');
    mkdirSync(dirname(linked), { recursive: true });
    linkSync(put(join(cache, 'articles/quay/index.html'), 'quay'), linked);
    // Same path and bytes as the cache, but not a link (Astro wrote it): goes, to be linked again.
    put(join(cache, 'articles/tram/index.html'), 'tram');
    put(join(out, 'articles/tram/index.html'), 'tram');
    // Written by the last build only: assets, the feed, a withdrawn article.
    put(join(out, '_astro/page.abc.js'), 'js');
    put(join(out, 'rss.xml'), 'feed');
    put(join(out, 'articles/gone/index.html'), 'gone');
    // Kept in step by the search index's own step.
    put(join(out, 'pagefind/bundles.json'), '{}');
    put(join(out, '.git/HEAD'), 'ref');
    // Folders with nothing in them go too, however deep.
    mkdirSync(join(out, 'empty/deeper'), { recursive: true });
    const kept = pruneOutput(out, cache, ['pagefind']);
    expect([...kept]).toEqual(['articles/quay/index.html']);
    expect(files(out)).toEqual(['.git/HEAD', 'articles/quay/index.html', 'pagefind/bundles.json']);
    expect(existsSync(join(out, 'articles/gone'))).toBe(false);
    expect(existsSync(join(out, '_astro'))).toBe(false);
    expect(existsSync(join(out, 'empty'))).toBe(false);
  });

  it('does nothing to a folder that does not exist', () => {
    expect([...pruneOutput(join(work, 'none'), join(work, 'none-cache'))]).toEqual([]);
  });
});
