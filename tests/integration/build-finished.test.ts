import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const integration = new URL('../../src/integrations/build-finished.ts', import.meta.url).href;

/** A process that starts a build, then awaits `work` and reaches the end of the build only if it settles. */
function build(work: string) {
  const script = `
    import buildFinished from ${JSON.stringify(integration)};
    const { hooks } = buildFinished();
    // Not awaited at the top level, as Astro's CLI runs a build: an empty event loop then exits with 0.
    void (async () => {
      hooks['astro:build:start']();
      await ${work};
      hooks['astro:build:done']();
    })();`;
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
}

describe('buildFinished', () => {
  it('passes a build that reaches its end', () => {
    const run = build('new Promise((done) => setTimeout(done, 50))');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('fails a build whose event loop empties while a page still waits, saying so', () => {
    // Settled only by an unref'd timer: Node exits first, as with a card batch nothing held open.
    const run = build('new Promise((done) => setTimeout(done, 5_000).unref())');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('The build stopped before it finished');
  });

  it('leaves a build that failed on its own with its own exit code', () => {
    const run = build('Promise.resolve(process.exit(3))');
    expect(run.status).toBe(3);
    expect(run.stderr).toBe('');
  });
});
