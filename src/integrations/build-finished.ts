import type { AstroIntegration } from 'astro';

/**
 * Fails a build that ends before it has finished. Node exits with code 0
 * when its event loop empties, even while a page still awaits work that
 * nothing holds open (a process or timer left unref'd): the host would
 * deploy a half-written site as a success. Last in the list, so that its
 * `astro:build:done` runs after every other integration's.
 */
export default function buildFinished(): AstroIntegration {
  let finished = true;
  const check = (code: number) => {
    if (finished || code !== 0) return;
    console.error(
      '[broadsheet] The build stopped before it finished, with nothing left running: its output is incomplete.',
    );
    process.exitCode = 1;
  };
  return {
    name: 'broadsheet:build-finished',
    hooks: {
      'astro:build:start': () => {
        finished = false;
        process.once('exit', check);
      },
      'astro:build:done': () => {
        finished = true;
        process.off('exit', check);
      },
    },
  };
}
