// A worker process that draws social cards (see social-image-cache.ts). Node
// runs it straight from source, so local imports carry their extension.
import { renderSocialImage, type SocialCard } from './social-image.ts';

const gc = (globalThis as { gc?: () => void }).gc;
let drawn = 0;

process.on('message', async ({ id, card }: { id: number; card: SocialCard }) => {
  try {
    const png = await renderSocialImage(card);
    process.send!({ id, png: new Uint8Array(png) });
    // resvg's pixmaps (3 MB a card) live outside the JS heap, so V8 sees no
    // reason to collect the small objects that own them; their finalizers
    // then run on a later turn of the event loop.
    if (++drawn % 16 === 0 && gc) {
      gc();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } catch (error) {
    process.send!({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
// Exit with the build: the pool drops its end of the channel when it is done.
process.on('disconnect', () => process.exit(0));
