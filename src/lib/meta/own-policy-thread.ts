import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

type Job = { resolve: (bytes: Buffer<ArrayBuffer>) => void; reject: (error: unknown) => void };

interface Thread {
  worker: Worker;
  jobs: Map<number, Job>;
  next: number;
}

// One thread a process, whichever module graph asks (the middleware's is rebuilt per build).
const THREAD = Symbol.for('broadsheet:own-policy-thread');
type WithThread = typeof globalThis & { [THREAD]?: Thread };

/**
 * ownPolicy() of a page, as the UTF-8 bytes to write, worked out on a
 * thread of its own. The build renders pages on one thread, and scanning
 * each finished page for its inline code (own-policy.ts) was a sixth of
 * that thread's time; the other core can do it while the next pages render.
 * The thread keeps the process alive only while a page waits on it; if it
 * fails, so do the pages waiting, and the build stops naming the cause.
 *
 * @param script the thread's module (default: own-policy-worker.ts in the project).
 */
export function ownPolicyOffThread(html: string, script = defaultScript()): Promise<Buffer<ArrayBuffer>> {
  const thread = ((globalThis as WithThread)[THREAD] ??= start(script));
  const id = thread.next++;
  return new Promise((resolve, reject) => {
    // Held open only while a page waits on it.
    if (thread.jobs.size === 0) thread.worker.ref();
    thread.jobs.set(id, { resolve, reject });
    thread.worker.postMessage({ id, html });
  });
}

// The middleware runs bundled in .astro/: the worker is found from the project, as Node runs it from source.
const defaultScript = () => join(process.cwd(), 'src/lib/meta/own-policy-worker.ts');

function start(script: string): Thread {
  const thread: Thread = { worker: new Worker(script), jobs: new Map(), next: 0 };
  thread.worker.unref();
  thread.worker.on('message', ({ id, bytes, error }: { id: number; bytes?: Uint8Array<ArrayBuffer>; error?: unknown }) => {
    const job = thread.jobs.get(id);
    thread.jobs.delete(id);
    if (thread.jobs.size === 0) thread.worker.unref();
    if (error !== undefined) job?.reject(error);
    else job?.resolve(Buffer.from(bytes!.buffer, bytes!.byteOffset, bytes!.byteLength));
  });
  const stop = (cause: unknown) => {
    // The next page starts a thread afresh.
    if ((globalThis as WithThread)[THREAD] === thread) Reflect.deleteProperty(globalThis, THREAD);
    for (const job of thread.jobs.values()) job.reject(new Error('the policy thread stopped', { cause }));
    thread.jobs.clear();
  };
  thread.worker.on('error', stop);
  thread.worker.on('exit', (code) => stop(new Error(`exit code ${code}`)));
  return thread;
}
