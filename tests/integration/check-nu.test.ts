import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkNu, runNu } from '../../src/cli/verify/check-nu';
import { readSite } from '../../src/cli/verify/read-site';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-nu-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (style: string, after = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A page</title><style>${style}</style></head><body><p>Text.</p></body></html>${after}`;

describe('the W3C Nu checker in verify', () => {
  it('reports markup after </html>, and real CSS errors, on the page they are on', async () => {
    const dist = join(work, 'broken');
    mkdirSync(join(dist, 'a'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), page('p{color:red}', '<script type="module">1</script>'));
    writeFileSync(join(dist, 'a', 'index.html'), page('p{colour:red}'));
    const result = checkNu(readSite(dist, '/'), await runNu(dist));
    const messages = result.problems.map((problem) => `${problem.file.slice(dist.length + 1)}: ${problem.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^index\.html: Nu error: Stray start tag “script”/),
        expect.stringMatching(/^a\/index\.html: Nu error: CSS: “colour”/),
      ]),
    );
  }, 60_000);

  it('passes current CSS the checker does not know yet: scroll-driven animations and ::highlight()', async () => {
    const dist = join(work, 'modern');
    mkdirSync(dist, { recursive: true });
    writeFileSync(
      join(dist, 'index.html'),
      page(
        '@supports (animation-timeline:scroll()){.bar{animation:grow linear both;animation-timeline:scroll(root)}}.x{animation:grow linear both scroll(root)}.prose ::highlight(search-hit){color:inherit}@keyframes grow{to{opacity:1}}',
      ),
    );
    expect(checkNu(readSite(dist, '/'), await runNu(dist)).problems).toEqual([]);
  }, 60_000);
});
