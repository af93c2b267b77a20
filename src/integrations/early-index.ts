import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { IndexedPage } from '../lib/search/search-bundles.ts';
import type { Part } from './pagefind-bundles.ts';
import { pageBytesDigest, partDigest, runPagefind, type EarlyIndex } from './pagefind-part.ts';

/** A page of a part, by its path in the site (`articles/<id>/index.html`). */
export interface EarlyPage extends IndexedPage {
  path: string;
}

/** What the collector does with the pages rendered, and when the build has ended. */
export interface EarlyIndexer {
  /** A page the build rendered, by its path in the site, with its bytes as written. */
  take(path: string, bytes: Buffer): void;
  /** The part's index, if every one of its pages was rendered; undefined when indexing it failed. */
  result(folder: string): Promise<EarlyIndex | undefined> | undefined;
  /** Why parts indexed early failed (they are then indexed at the end, as if never started). */
  failures(): string[];
  /** Wait for what is still being indexed, and remove the working folder. */
  close(): Promise<void>;
}

interface Pending {
  part: Part<EarlyPage>;
  digests: Map<string, string>;
  /** Each page's bytes until its part is staged: articles render newest first, so parts fill in turn. */
  pages: Map<string, Buffer>;
  result?: Promise<EarlyIndex | undefined>;
}

/**
 * Index each part of the search index as soon as the build has rendered all
 * of its pages, instead of after the last page: Pagefind then works on the
 * core that rendering leaves idle. Articles render newest first, so the
 * newest bundle and then each year of the archive are complete in turn. The
 * pages are staged in `dir` from the bytes the middleware hands on; the
 * search-index integration takes a part only if the pages it then finds
 * written have the same digest, so a part is never indexed from other
 * bytes than those deployed. A part's pages wait in memory until the last
 * arrives: writing each one down at once cost the rendering thread 0.7 ms
 * a page (profiled at 1,000 articles). A rebuild renders a few pages of a
 * part, never all: such parts are left to the end, where the cache decides.
 */
export function earlyIndexer(dir: string, parts: Part<EarlyPage>[]): EarlyIndexer {
  const byPath = new Map<string, Pending>();
  const pending: Pending[] = parts.map((part) => ({
    part,
    digests: new Map<string, string>(),
    pages: new Map<string, Buffer>(),
  }));
  for (const entry of pending) for (const page of entry.part.pages) byPath.set(page.path, entry);
  const errors: string[] = [];
  // One part at a time: Pagefind holds a part in memory until it is written, beside the build's own heap.
  let queue: Promise<unknown> = Promise.resolve();
  const staging = (folder: string) => join(dir, 'staging', folder);
  const start = ({ part, digests, pages }: Pending): Promise<EarlyIndex | undefined> => {
    const output = join(dir, 'output', part.folder);
    const digest = partDigest(
      part.folder,
      part.pages.map((page) => [page.path, digests.get(page.path)!]),
    );
    const result = queue
      .then(() => {
        // Pagefind numbers pages in the order it finds them, which is the order their files were
        // created: written in the part's order, as at the end, whatever order they rendered in.
        // Each at once: awaiting each write would wait on the rendering between them.
        for (const page of part.pages) {
          const file = join(staging(part.folder), page.path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, pages.get(page.path)!);
          pages.delete(page.path);
        }
        return runPagefind(staging(part.folder), output, part.pages.length, part.folder);
      })
      .then(
        () => ({ output, digest }),
        (error: unknown) => {
          errors.push(`${part.folder}: ${(error as Error).message}`);
          return undefined;
        },
      )
      .finally(() => {
        rmSync(staging(part.folder), { recursive: true, force: true });
        pages.clear();
      });
    queue = result;
    return result;
  };
  rmSync(dir, { recursive: true, force: true });
  return {
    take(path, bytes) {
      const entry = byPath.get(path);
      if (!entry || entry.result) return;
      entry.pages.set(path, bytes);
      entry.digests.set(path, pageBytesDigest(bytes));
      if (entry.digests.size === entry.part.pages.length) entry.result = start(entry);
    },
    result: (folder) => pending.find((entry) => entry.part.folder === folder)?.result,
    failures: () => [...errors],
    async close() {
      await queue;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
