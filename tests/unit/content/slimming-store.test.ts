import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { releaseHeap } from '../../../src/lib/build/release-heap.ts';
import { slimmingStore } from '../../../src/lib/content/articles-loader.ts';
import { HTML_KEY } from '../../../src/lib/content/html-store.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A slimming store over a plain list, and the list. */
function storeOf(): { store: LoaderContext['store']; saved: Entry[]; html: string } {
  const html = mkdtempSync(join(tmpdir(), 'broadsheet-html-'));
  folders.push(html);
  const saved: Entry[] = [];
  const inner = { set: (entry: Entry) => saved.push(entry) > 0 } as unknown as LoaderContext['store'];
  return { store: slimmingStore(inner, html, []), saved, html };
}

/** An entry as the glob loader makes it: its heading's text and title sliced out of its 1 MB source. */
function entryOf(n: number): Entry {
  const source = `# Heading number ${n} of the article\n\n${'The council met again. '.repeat(45_000)}${n}`;
  const heading = () => source.slice(2, source.indexOf('\n'));
  return {
    id: `article-${n}`,
    data: { title: heading() },
    body: source,
    rendered: {
      html: `<h1>${heading()}</h1>`,
      metadata: { headings: [{ depth: 1, slug: `heading-${n}`, text: heading() }] },
    },
  } as Entry;
}

/** Heap in use after a full collection, in MiB. */
const liveMiB = () => {
  releaseHeap();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

describe('slimmingStore', () => {
  it('stores the entry without its Markdown or HTML, which go to a file named in its metadata', () => {
    const { store, saved, html } = storeOf();
    store.set(entryOf(1));
    const [entry] = saved;
    expect(entry).not.toHaveProperty('body');
    expect(entry!.data).toEqual({ title: 'Heading number 1 of the article' });
    expect(entry!.rendered!.html).toBe('');
    const hash = entry!.rendered!.metadata![HTML_KEY] as string;
    expect(readFileSync(join(html, `${hash}.html`), 'utf8')).toBe('<h1>Heading number 1 of the article</h1>');
    expect(entry!.rendered!.metadata!.headings).toEqual([
      { depth: 1, slug: 'heading-1', text: 'Heading number 1 of the article' },
    ]);
  });

  it('keeps none of the sources its entries’ strings were sliced from', () => {
    const { store, saved } = storeOf();
    // The same entries held as made (slices of their sources) would keep ~40 MiB: the check is not void.
    const held = Array.from({ length: 40 }, (_, n) => entryOf(n)).map(({ data, rendered }) => ({ data, rendered }));
    const before = liveMiB();
    held.length = 0;
    const freed = before - liveMiB();
    expect(freed).toBeGreaterThan(30);

    const start = liveMiB();
    for (let n = 0; n < 40; n++) store.set(entryOf(n));
    expect(saved).toHaveLength(40);
    expect(liveMiB() - start).toBeLessThan(5);
  });
});
