import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DrawingPool } from '../../src/lib/social-card/social-image-pool';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-pool-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A stand-in worker: answers each card with its title as bytes, after `behaviour` has had its say. */
function worker(name: string, behaviour: string): string {
  const file = join(work, `${name}.mjs`);
  writeFileSync(
    file,
    `import { existsSync, writeFileSync } from 'node:fs';
process.on('message', ({ id, card }) => {
  ${behaviour}
  process.send({ id, png: new TextEncoder().encode(card.title) });
});
process.on('disconnect', () => process.exit(0));
`,
  );
  return file;
}
const card = (title: string) => ({ title, date: '9 November 2023', siteName: 'Broadsheet' });

describe('DrawingPool', () => {
  it('replaces a worker that dies and draws its card again', async () => {
    const marker = join(work, 'crashed-once');
    const pool = new DrawingPool(
      worker(
        'crash-once',
        `if (!existsSync(${JSON.stringify(marker)})) { writeFileSync(${JSON.stringify(marker)}, ''); process.exit(9); }`,
      ),
      1,
    );
    expect((await pool.draw(card('First'))).toString()).toBe('First');
    // The only worker died above: the next card still gets one.
    expect((await pool.draw(card('Second'))).toString()).toBe('Second');
  });

  it('fails clearly when a card keeps killing its workers, and still draws the others', async () => {
    const pool = new DrawingPool(worker('crash-on-poison', `if (card.title === 'Poison') process.exit(3);`), 2);
    const poisoned = pool.draw(card('Poison'));
    await expect(poisoned).rejects.toThrow(
      'Drawing the social card for “Poison” stopped its worker 3 times (last: exit code 3)',
    );
    expect((await pool.draw(card('Fine'))).toString()).toBe('Fine');
  });

  it('passes on a drawing error with the card named', async () => {
    const file = join(work, 'error.mjs');
    writeFileSync(
      file,
      `process.on('message', ({ id }) => process.send({ id, error: 'no font' })); process.on('disconnect', () => process.exit(0));`,
    );
    await expect(new DrawingPool(file, 1).draw(card('Boxes'))).rejects.toThrow(
      'Drawing the social card for “Boxes” failed: no font',
    );
  });
});
