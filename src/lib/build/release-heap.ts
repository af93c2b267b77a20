import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type GarbageCollector = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

export interface ReleaseHeapOptions {
  /**
   * Collect only when V8 holds at least this many bytes of heap (default 0:
   * always). The collection stops the thread for a time that grows with the
   * heap's live objects, not its pooled pages: 0.3 s at 1,000 articles, where
   * the heap holds some 270 MB and there is little to give back.
   */
  atLeast?: number;
}

/**
 * Give back to the system the heap a finished phase of the build no longer
 * uses. V8 keeps the pages an ordinary collection frees pooled for reuse, so
 * after rendering 10,000 pages the process holds ~1.5 GB, of which ~0.7 GB
 * is pooled pages, and Pagefind's processes then come on top of that. Only the collection V8 runs when memory is short (`last-resort`)
 * empties the pool; `gc` is reachable only with --expose-gc, which a new
 * context picks up once the flag is set (the way jest-leak-detector reaches it).
 * Whether it collected.
 */
export function releaseHeap({ atLeast = 0 }: ReleaseHeapOptions = {}): boolean {
  if (getHeapStatistics().total_heap_size < atLeast) return false;
  setFlagsFromString('--expose-gc');
  try {
    (runInNewContext('gc') as GarbageCollector)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  return true;
}
