import { fork, spawn, type ChildProcess } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import os, { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { withSmallPages } from '../build/small-pages-env.ts';
import type { SocialCard } from './social-image.ts';

/** How often one card may take a worker down before the build gives up on it. */
const ATTEMPTS = 3;

interface Job {
  card: SocialCard;
  attempts: number;
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
}

interface Worker {
  process: ChildProcess;
  jobs: Map<number, Job>;
}

/**
 * Draws cards in one worker process per core but one, which the build
 * itself keeps busy (the least busy worker first); a
 * worker holds the build open only while it has work. Processes, not
 * threads: Skia's native pixel buffers are freed only when V8 collects their
 * owners, which a worker thread cannot be made to do (--expose-gc is refused
 * there). A worker that dies is replaced and its cards drawn again; a card
 * that keeps killing workers fails the build, saying so.
 */
export class DrawingPool {
  readonly #script: string;
  readonly #size: number;
  #workers: Worker[] = [];
  #nextId = 0;

  constructor(script: string, size = Math.max(1, availableParallelism() - 1)) {
    this.#script = script;
    this.#size = size;
  }

  draw(card: SocialCard): Promise<Buffer> {
    return new Promise((resolve, reject) => this.#send({ card, attempts: 0, resolve, reject }));
  }

  #send(job: Job): void {
    while (this.#workers.length < this.#size) this.#workers.push(this.#spawn());
    const worker = this.#workers.reduce((best, candidate) => (candidate.jobs.size < best.jobs.size ? candidate : best));
    const id = this.#nextId++;
    worker.jobs.set(id, job);
    hold(worker.process, true);
    worker.process.send({ id, card: job.card });
  }

  #spawn(): Worker {
    const child = fork(this.#script, {
      execArgv: ['--expose-gc'],
      env: withSmallPages(),
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const worker: Worker = { process: child, jobs: new Map() };
    hold(child, false);
    child.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
      const job = worker.jobs.get(id);
      if (!job) return;
      worker.jobs.delete(id);
      if (worker.jobs.size === 0) hold(child, false);
      if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
      else job.reject(new Error(`Drawing the social card for “${job.card.title}” failed: ${error}`));
    });
    child.on('exit', (code, signal) => {
      this.#workers = this.#workers.filter((other) => other !== worker);
      for (const job of worker.jobs.values()) {
        if (++job.attempts < ATTEMPTS) this.#send(job);
        else
          job.reject(
            new Error(
              `Drawing the social card for “${job.card.title}” stopped its worker ${ATTEMPTS} times (last: ${signal ?? `exit code ${code}`})`,
            ),
          );
      }
    });
    return worker;
  }
}

/** Keep the build process alive for a worker (while it has work) or not. */
function hold(child: ChildProcess, on: boolean): void {
  const channel = child.channel as { ref(): void; unref(): void } | null | undefined;
  if (on) {
    child.ref();
    channel?.ref();
  } else {
    child.unref();
    channel?.unref();
  }
}

let lists = 0;

/**
 * The background process's nice value: the lowest priority. It draws with
 * what the build leaves idle (start-up, Vite's bundling, the second core
 * while pages render) instead of slowing the threads that render the
 * Markdown: in a cold build of 1,000 articles, the content sync took 5.1 s
 * instead of 6.2–6.7.
 */
const BACKGROUND = 19;

/**
 * Draw many cards in one process of their own, each written to its file
 * and skipped if it is there already: the process needs nothing from this
 * one after it starts, so it draws even while the build keeps this one's
 * event loop busy (rendering Markdown). It never holds the build open, and
 * ends with it. Settles when it exits; a card it could not draw is drawn
 * again when its page asks. `background` runs it at the lowest priority.
 */
export function drawAll(script: string, jobs: { card: SocialCard; file: string }[], background = false): Promise<void> {
  if (jobs.length === 0) return Promise.resolve();
  const list = join(tmpdir(), `broadsheet-cards-${process.pid}-${++lists}.json`);
  writeFileSync(list, JSON.stringify(jobs));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', script, list], {
      env: withSmallPages(),
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child.unref();
    if (background && child.pid !== undefined) setPriority(child.pid, BACKGROUND);
    const stop = () => child.kill();
    process.once('exit', stop);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      process.off('exit', stop);
      rmSync(list, { force: true });
      if (code === 0) resolve();
      else
        reject(
          new Error(`Drawing ${jobs.length} social cards in the background stopped (${signal ?? `exit code ${code}`})`),
        );
    });
  });
}

/** `os.setPriority`, but where the system refuses (the process has ended already), it draws at the build's priority. */
function setPriority(pid: number, priority: number): void {
  try {
    os.setPriority(pid, priority);
  } catch {
    // Drawn all the same.
  }
}
