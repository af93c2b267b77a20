import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AstroConfig, ContentEntryRenderFunction, ContentEntryType } from 'astro';
import type { Config } from '../config.ts';

/**
 * The entry types Astro's content layer hands each loader besides the
 * documented context; its glob loader renders an entry with its type's
 * `getRenderFunction`.
 */
export type EntryTypes = Map<string, ContentEntryType>;
type Rendered = Awaited<ReturnType<ContentEntryRenderFunction>>;

/** What a rendering thread starts with: what it needs to build the processor Astro builds. */
export interface ThreadOptions {
  markdown: Pick<Config, 'contentDir' | 'writeRecords'>;
  /** What Astro gives `markdown.processor.createRenderer()` (astro/dist/vite-plugin-markdown/content-entry-type.js). */
  shared: Record<string, unknown>;
}

/** One article sent to a thread. */
export interface Job {
  id: number;
  body: string;
  data: Record<string, unknown>;
  filePath?: string | undefined;
}

interface Thread {
  worker: Worker;
  jobs: Map<number, { resolve: (rendered: Rendered) => void; reject: (error: unknown) => void }>;
}

/**
 * A thread holds this many articles at most; when every thread does, this
 * thread renders the next itself. The glob loader waits for all ten of a
 * batch: with 2 of them a thread sat idle half the sync waiting for this
 * thread's 8, which also runs the loader itself. With 4, a cold build of
 * 10,000 articles took 112.7 s instead of 123.6 s here; 6 took 108 s but
 * kept some 250 MB more resident to the end of the build (2.2 GB).
 */
const DEPTH = 4;
/** The glob loader's batch: a rebuild that renders fewer (an edit) never pays for starting the threads. */
const START_AFTER = 10;

/**
 * `entryTypes` with Markdown rendered on worker threads as well as this one.
 * Astro's glob loader renders ten articles at a time but on one thread, and
 * the Markdown is a third of a cold build; the card workers leave part of
 * the other core free. Each thread builds the processor Astro builds
 * (article-markdown.ts), so an article renders the same wherever it goes.
 * The threads start once `startAfter` articles have been rendered here
 * (each costs about half a second of CPU to start); `close()` ends them.
 *
 * @param options.script the worker (markdown-worker.ts).
 * @param options.threads how many (default: one per core but one).
 * @param options.startAfter articles rendered here before the threads start (default 10).
 * @param options.depth articles a thread holds at most (default 4).
 * @param options.expected with Astro's config, the articles known to be
 *   about to render (a cold build: all): `startAfter` or more start the
 *   threads now, so they are ready by the first article instead of half a
 *   second after the tenth.
 */
export function threadedEntryTypes(
  entryTypes: EntryTypes,
  options: {
    script: string;
    markdown: ThreadOptions['markdown'];
    threads?: number;
    startAfter?: number;
    depth?: number;
    expected?: { articles: number; config: AstroConfig };
  },
): { entryTypes: EntryTypes; close: () => Promise<void> } {
  const {
    script,
    markdown,
    threads = Math.max(1, availableParallelism() - 1),
    startAfter = START_AFTER,
    depth = DEPTH,
    expected,
  } = options;
  const type = entryTypes.get('.md');
  const getRenderFunction = type?.getRenderFunction?.bind(type);
  if (!type || !getRenderFunction) return { entryTypes, close: () => Promise.resolve() };
  const pool: Thread[] = [];
  let next = 0;

  let started = false;
  const startAll = ({ markdown: settings, image }: AstroConfig) => {
    if (started) return;
    started = true;
    const { syntaxHighlight, shikiConfig, gfm, smartypants } = settings;
    for (let i = 0; i < threads; i++) start({ image, syntaxHighlight, shikiConfig, gfm, smartypants });
  };
  const start = (shared: ThreadOptions['shared']) => {
    const thread: Thread = {
      worker: new Worker(script, { workerData: { markdown, shared } satisfies ThreadOptions }),
      jobs: new Map(),
    };
    thread.worker.on('message', ({ id, rendered, error }: { id: number; rendered?: Rendered; error?: unknown }) => {
      const job = thread.jobs.get(id);
      thread.jobs.delete(id);
      if (error !== undefined) job?.reject(error);
      else job?.resolve(rendered!);
    });
    // A thread that dies fails the articles it held (the glob loader names each); the rest render here.
    thread.worker.on('error', (cause) => {
      pool.splice(pool.indexOf(thread), 1);
      for (const job of thread.jobs.values()) job.reject(new Error('its rendering thread stopped', { cause }));
    });
    pool.push(thread);
  };

  const threaded: ContentEntryType = {
    ...type,
    async getRenderFunction(config) {
      const here = await getRenderFunction(config);
      let asked = 0;
      return (entry) => {
        if (asked++ === startAfter) startAll(config);
        const thread = pool.reduce<Thread | undefined>(
          (best, t) => (best && best.jobs.size <= t.jobs.size ? best : t),
          undefined,
        );
        if (!thread || thread.jobs.size >= depth) return here(entry);
        const id = next++;
        const job: Job = { id, body: entry.body ?? '', data: entry.data, filePath: entry.filePath };
        return new Promise<Rendered>((resolve, reject) => {
          thread.jobs.set(id, { resolve, reject });
          thread.worker.postMessage(job);
        });
      };
    },
  };
  if (expected && expected.articles >= startAfter) startAll(expected.config);
  return {
    entryTypes: new Map([...entryTypes, ['.md', threaded]]),
    close: async () => {
      await Promise.all(pool.splice(0).map(({ worker }) => worker.terminate()));
    },
  };
}
