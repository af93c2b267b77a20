// The thread that narrows each page's policy in a build (own-policy-thread.ts).
// Node runs it straight from source, so local imports carry their extension.
import { parentPort } from 'node:worker_threads';
import { ownPolicy } from './own-policy.ts';

const encoder = new TextEncoder();

parentPort!.on('message', ({ id, html }: { id: number; html: string }) => {
  try {
    // Encoded here too: the page's bytes, as written, go back without a copy.
    const bytes = encoder.encode(ownPolicy(html));
    parentPort!.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (error) {
    parentPort!.postMessage({ id, error });
  }
});
