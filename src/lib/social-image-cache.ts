import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { SocialCard } from './social-image.ts';

// SOCIAL_IMAGE_CACHE moves it (the benchmark measures cold builds).
const CACHE = process.env['SOCIAL_IMAGE_CACHE'] || join(process.cwd(), 'node_modules/.cache/broadsheet-social-images');
const inflight = new Map<string, Promise<Buffer>>();
// The drawing code is part of every key: change the card's layout and every card is redrawn.
// Read from the project's source, since the build bundles this module elsewhere; and only
// hashed here, so the build process never loads satori, resvg or the fonts itself.
const DRAWING = createHash('sha256')
  .update(['social-image.ts', 'png.ts', 'site.ts'].map((file) => readFileSync(join(process.cwd(), 'src/lib', file), 'utf8')).join('\n'))
  .digest('hex');

/**
 * The card's PNG, from a disk cache keyed by its text and the drawing code, or
 * drawn in a worker process. A card costs ~40 ms to draw: `upcoming` (the
 * next cards the build will ask for) start drawing now, so every core draws
 * while Astro writes files, and a rebuild draws only new or retitled articles.
 */
export async function socialImage(card: SocialCard, upcoming: SocialCard[] = []): Promise<Buffer> {
  for (const next of [card, ...upcoming]) start(next);
  const key = keyOf(card);
  try {
    return await inflight.get(key)!;
  } finally {
    inflight.delete(key);
  }
}

function keyOf(card: SocialCard): string {
  return createHash('sha256').update(JSON.stringify([DRAWING, card])).digest('hex').slice(0, 32);
}

function start(card: SocialCard): void {
  const key = keyOf(card);
  if (inflight.has(key)) return;
  const file = join(CACHE, `${key}.png`);
  const png = existsSync(file)
    ? Promise.resolve(readFileSync(file))
    : draw(card).then((drawn) => {
        mkdirSync(CACHE, { recursive: true });
        writeFileSync(file, drawn);
        return drawn;
      });
  // A prefetched card's failure surfaces when its page asks for it.
  png.catch(() => {});
  inflight.set(key, png);
}

interface Job {
  resolve: (png: Buffer) => void;
  reject: (error: Error) => void;
  worker: Slot;
}
interface Slot {
  worker: ChildProcess;
  pending: number;
}
const jobs = new Map<number, Job>();
let slots: Slot[] | undefined;
let nextId = 0;

/**
 * Draw in the least busy of one worker process per core; a worker holds the
 * build open only while it has work. Processes, not threads: resvg's native
 * pixmaps are freed only when V8 collects their owners, which a worker thread
 * cannot be made to do (--expose-gc is refused there), and the heap grew by
 * 3 MB a card.
 */
function draw(card: SocialCard): Promise<Buffer> {
  slots ??= Array.from({ length: Math.max(1, availableParallelism()) }, () => spawn());
  const slot = slots.reduce((best, candidate) => (candidate.pending < best.pending ? candidate : best));
  const id = nextId++;
  slot.pending++;
  hold(slot.worker, true);
  slot.worker.send({ id, card });
  return new Promise((resolve, reject) => jobs.set(id, { resolve, reject, worker: slot }));
}

function spawn(): Slot {
  // From the project's source, not from here: the build bundles this module elsewhere.
  const worker = fork(join(process.cwd(), 'src/lib/social-image-worker.ts'), {
    execArgv: ['--expose-gc'],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const slot: Slot = { worker, pending: 0 };
  hold(worker, false);
  worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
    const job = jobs.get(id)!;
    jobs.delete(id);
    if (--slot.pending === 0) hold(worker, false);
    if (png) job.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
    else job.reject(new Error(`Drawing a social card failed: ${error}`));
  });
  worker.on('exit', (code) => {
    for (const [id, job] of jobs) if (job.worker === slot) (jobs.delete(id), job.reject(new Error(`Social card worker exited (${code})`)));
    slots = slots?.filter((other) => other !== slot);
  });
  return slot;
}

/** Keep the build process alive for a worker (while it has work) or not. */
function hold(worker: ChildProcess, on: boolean): void {
  const channel = worker.channel as { ref(): void; unref(): void } | null | undefined;
  if (on) (worker.ref(), channel?.ref());
  else (worker.unref(), channel?.unref());
}
