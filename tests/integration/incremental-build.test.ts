import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build-site';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-incremental-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const article = (title: string, date: string, text: string, tag = 'harbour', author = 'ana-ruiz') =>
  `---\ntitle: ${title}\ndate: ${date}\nauthor: ${author}\ntags: [${tag}]\n---\n\n${text}\n\n${title} again.\n`;
const author = (name: string, bio: string) => `---\nname: ${name}\nbio: ${bio}\n---\n`;
const v1 = {
  'authors/ana-ruiz.md': author('Ana Ruiz', 'Covers the port.'),
  'authors/old-hand.md': author('Old Hand', 'Covered the trams.'),
  'quay.md': article('Quay', '2021-04-01', 'Traders waited on the quay all day.'),
  'tram.md': article('Tram', '2022-05-01', 'The tram depot reopened on Monday.', 'harbour', 'old-hand'),
  // Shares no tag and no word with the others: its related reading stays empty, so its page can be reused.
  'fair.md': article('Fair', '2023-06-01', 'The fair closed with a vote.', 'culture'),
};

/** Every file of a built site, by path, with its bytes. */
function tree(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = join(entry.parentPath, entry.name);
        return [file.slice(dir.length + 1), readFileSync(file).toString('base64')] as const;
      }),
  );
}

describe('a rebuild with the caches kept', () => {
  it('writes exactly what a cold build of the same content writes, after an edit, an addition and a deletion', () => {
    const warm = join(work, 'warm');
    const env = { PARAGRAPH_RECORD: 'write' };
    expect(buildSite(warm, v1, env).status).toBe(0);
    // The newsroom's day: one paragraph corrected, one story published, one withdrawn.
    rmSync(join(warm, 'content', 'tram.md'));
    // Its author leaves with it; the other's bio is corrected.
    rmSync(join(warm, 'content', 'authors', 'old-hand.md'));
    // Left in the output by hand: the output is emptied as a cold build finds it, not only overwritten.
    writeFileSync(join(warm, 'dist', 'stray.html'), '<p>not built</p>');
    const fairCard = statSync(join(warm, 'dist', 'og', 'fair.png')).ino;
    const v2 = {
      'quay.md': article('Quay', '2021-04-01', 'Traders waited on the quay all day and into the night.'),
      'dredging.md': article('Dredging', '2024-01-10', 'Dredging of the harbour mouth begins.'),
      'authors/ana-ruiz.md': author('Ana Ruiz', 'Covers the port and its dredging.'),
    };
    const rebuilt = buildSite(warm, v2, env);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    // The unchanged article's page (its related reading unchanged too) and card were not rendered again;
    // the harbour stories' related reading changed with the news, and the cold build below agrees.
    expect(rebuilt.output).toMatch(/\/articles\/fair\/index\.html \((?:cached|restored)\)/);
    expect(statSync(join(warm, 'dist', 'og', 'fair.png')).ino).toBe(fairCard);
    expect(rebuilt.output).toContain('3 cards: 2 in place, 1 linked from the card cache, 1 removed');

    const cold = join(work, 'cold');
    const { 'tram.md': _withdrawn, 'authors/old-hand.md': _left, ...remaining } = v1;
    expect(buildSite(cold, { ...remaining, ...v2 }, env).status).toBe(0);
    const [a, b] = [tree(join(warm, 'dist')), tree(join(cold, 'dist'))];
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    expect([...a].filter(([file, bytes]) => b.get(file) !== bytes).map(([file]) => file)).toEqual([]);
    expect(existsSync(join(warm, 'dist', 'articles', 'tram'))).toBe(false);
    expect(existsSync(join(warm, 'dist', 'authors', 'old-hand'))).toBe(false);
    expect(readFileSync(join(warm, 'dist', 'authors', 'ana-ruiz', 'index.html'), 'utf8')).toContain('and its dredging');
    expect(readFileSync(join(warm, 'dist', 'articles', 'quay', 'index.html'), 'utf8')).toContain('into the night');
  }, 240_000);

  it('leaves a site’s pages alone when another site is built with the same cache', () => {
    const site = join(work, 'shared');
    const env = { PARAGRAPH_RECORD: 'write', CACHE_DIR: join(site, 'cache') };
    const page = join(site, 'dist', 'articles', 'quay', 'index.html');
    expect(buildSite(site, v1, env).status).toBe(0);
    // Rebuilt: its pages are now hard links of the cache's copies.
    expect(buildSite(site, {}, env).status).toBe(0);
    const before = readFileSync(page, 'utf8');
    // With a BASE_URL in the shell, as on some CI hosts: the base is still BASE_PATH's.
    const other = buildSite(site, {}, { ...env, OUT_DIR: join(site, 'dist-news'), BASE_PATH: '/news/', BASE_URL: '/' });
    expect(other.status, other.output).toBe(0);
    expect(other.output).toContain('BASE_URL is set in the environment ("/"); it is ignored');
    expect(readFileSync(page, 'utf8')).toBe(before);
    // And the other site's page is its own: every address on it is under its base.
    const addresses: string[] = [];
    visit(
      fromHtml(readFileSync(join(site, 'dist-news', 'articles', 'quay', 'index.html'), 'utf8')),
      'element',
      (node) => {
        for (const value of [node.properties['href'], node.properties['src']])
          if (typeof value === 'string' && value.startsWith('/')) addresses.push(value);
      },
    );
    expect(addresses.filter((path) => !path.startsWith('/news/'))).toEqual([]);
    expect(addresses.length).toBeGreaterThan(5);
  }, 240_000);

  it('renders again an article whose HTML the cache lost, rather than fail or ship it empty', () => {
    const site = join(work, 'lost');
    const env = { PARAGRAPH_RECORD: 'write' };
    expect(buildSite(site, v1, env).status).toBe(0);
    const page = readFileSync(join(site, 'dist', 'articles', 'quay', 'index.html'), 'utf8');
    rmSync(join(site, 'cache', 'broadsheet', 'html'), { recursive: true });
    const rebuilt = buildSite(site, {}, env);
    expect(rebuilt.status, rebuilt.output).toBe(0);
    expect(readFileSync(join(site, 'dist', 'articles', 'quay', 'index.html'), 'utf8')).toBe(page);
    // Rendered again: each of the three articles' HTML, and what rendering noted of it, is back in the cache.
    const kept = readdirSync(join(site, 'cache', 'broadsheet', 'html'));
    expect(kept.filter((name) => name.endsWith('.html'))).toHaveLength(3);
    expect(kept.filter((name) => name.endsWith('.json'))).toHaveLength(3);
    expect(page).toContain('Traders waited on the quay all day.');
  }, 240_000);
});
