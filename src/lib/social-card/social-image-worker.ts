// A worker process that draws social cards (see social-image-cache.ts). Node
// runs it straight from source, so local imports carry their extension.
// With a file argument it draws the cards that file lists, each to its own
// file, and exits; without, it draws what the pool sends it.
import { existsSync, readFileSync } from 'node:fs';
import { renderSocialImage, type SocialCard } from './social-image.ts';
import { writeWhole } from './write-whole.ts';

const gc = (globalThis as { gc?: () => void }).gc;
let drawn = 0;

/** Now and then, collect: see below. */
async function collect(): Promise<void> {
  // The pixels read back from Skia live outside the JS heap, so V8 sees no
  // reason to collect the small objects that own them; their finalizers
  // then run on a later turn of the event loop.
  if (++drawn % 16 === 0 && gc) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

const list = process.argv[2];
if (list) {
  const jobs = JSON.parse(readFileSync(list, 'utf8')) as { card: SocialCard; file: string }[];
  for (const { card, file } of jobs) {
    if (existsSync(file)) continue;
    writeWhole(file, renderSocialImage(card));
    await collect();
  }
} else {
  process.on('message', async ({ id, card }: { id: number; card: SocialCard }) => {
    try {
      process.send!({ id, png: new Uint8Array(renderSocialImage(card)) });
      await collect();
    } catch (error) {
      process.send!({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
  // Exit with the build: the pool drops its end of the channel when it is done.
  process.on('disconnect', () => process.exit(0));
}
