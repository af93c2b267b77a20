import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePlainTextArticle } from '../../src/cli/import/plain-text-article';
import { readSearchIndex } from '../../src/cli/verify/check-search-index';
import { buildSite } from '../support/build-site';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'broadsheet-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Build the site from a one-article collection; return the exit code and output. */
const build = (name: string, files: Record<string, string | Uint8Array>) => buildSite(join(work, name), files);

describe('astro build alone', () => {
  it('makes a searchable site: every published article in the index, the draft not', () => {
    const article = (title: string, extra = '') =>
      `---\ntitle: ${title}\ndate: 2023-11-09\n${extra}---\n\nA paragraph about ${title}.\n`;
    const { status, output } = build('searchable', {
      'alpha.md': article('Alpha'),
      'bravo.md': article('Bravo'),
      'wip.md': article('Draft', 'draft: true\n'),
    });
    expect(status, output).toBe(0);
    const index = readSearchIndex(join(work, 'searchable', 'dist'));
    expect(index.problems).toEqual([]);
    expect(index.urls.sort()).toEqual(['/articles/alpha/', '/articles/bravo/']);
  }, 120_000);
});

describe('building a collection with authors', () => {
  const story = (author: string) =>
    `---\ntitle: A headline\ndate: 2023-11-09\nauthor: ${author}\n---\n\nA paragraph.\n`;

  it('should fail on a byline naming an author file that does not exist, naming the article', () => {
    const { status, output } = build('unknown-author', {
      'authors/mara-lind.md': '---\nname: Mara Lind\nbio: Covers trade.\n---\n',
      'story.md': story('mara-lindt'),
      'fine.md': story('[mara-lind, A. Reporter]'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/story\.md: author: "mara-lindt" names no author \(there is no authors\/mara-lindt\.md/);
    expect(output).not.toContain('fine.md');
  }, 120_000);

  it('should fail on an author file without a bio, naming the file and the field', () => {
    const { status, output } = build('bad-author', {
      'authors/mara-lind.md': '---\nname: Mara Lind\n---\n',
      'story.md': story('mara-lind'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('authors → mara-lind');
    expect(output).toContain('authors/mara-lind.md');
    expect(output).toMatch(/bio: Required/);
  }, 120_000);
});

describe('building a collection with broken front matter', () => {
  it('should fail, naming the file and each bad field', () => {
    const { status, output } = build('broken-story', {
      'broken-story.md': '---\ntitle: ""\ndate: not a date\ntitel: typo\n---\n\nBody.\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('broken-story.md');
    expect(output).toMatch(/title: title must not be empty/);
    expect(output).toMatch(/date: /);
    expect(output).toContain('"titel"');
  }, 120_000);

  it('should fail on what the schema cannot see, listing every file and problem', () => {
    const good = '---\ntitle: A headline\ndate: 2023-11-09\n---\n\nA paragraph.\n';
    const { status, output } = build('unreadable', {
      'fine.md': good,
      'no-such-day.md': good.replace('2023-11-09', '2023-02-30'),
      'Fine.md': good,
      'empty.md': '---\ntitle: Empty\ndate: 2023-11-09\n---\n\n',
      'bad-yaml.md': '---\ntitle: [unclosed\ndate: 2023-11-09\n---\n\nText.\n',
      'latin1.md': Uint8Array.from([
        ...Buffer.from('---\ntitle: Caf'),
        0xe9,
        ...Buffer.from('\ndate: 2023-11-09\n---\n\nText.\n'),
      ]),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('no-such-day.md: date: 2023-02-30 is not a real day');
    expect(output).toMatch(
      /fine\.md: has the same slug "fine" as Fine\.md|Fine\.md: has the same slug "fine" as fine\.md/,
    );
    expect(output).toContain('empty.md: has no body text');
    expect(output).toContain('bad-yaml.md: front matter is not valid YAML');
    expect(output).toContain('latin1.md: is not UTF-8 text (line 2)');
    expect(output).not.toMatch(/Complete!/);
  }, 120_000);
});

describe('an article that renders to headings alone', () => {
  it('should fail the build, naming the file', () => {
    const { status, output } = build('headings-only', {
      'headings.md':
        '---\ntitle: Headings\ndate: 2023-11-09\n---\n\n## A subhead\n\n<script>no text for readers</script>\n',
    });
    expect(status).not.toBe(0);
    expect(output).toContain('headings.md: has no body text: write at least one paragraph');
  }, 120_000);
});

describe('an article made by npm run import', () => {
  it('should build, with every paragraph of the seed on its page', () => {
    const content = join(work, 'imported', 'content');
    mkdirSync(content, { recursive: true });
    const seed = join(root, 'tests/fixtures/seed.txt');
    const imported = spawnSync(
      join(root, 'node_modules/.bin/node'),
      [join(root, 'src/cli/import/import.ts'), seed, '--out', content, '--slug', 'seed'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(imported.status, imported.stderr).toBe(0);
    expect(readdirSync(content)).toEqual(['.paragraph-ids', 'seed.md']);
    expect(readdirSync(join(content, '.paragraph-ids'))).toEqual(['seed.yaml']);

    const { status, output } = build('imported', {});
    expect(status, output).toBe(0);
    const page = readFileSync(join(work, 'imported', 'dist', 'articles', 'seed', 'index.html'), 'utf8');
    for (const paragraph of parsePlainTextArticle(readFileSync(seed, 'utf8')).paragraphs)
      expect(page).toContain(paragraph);
  }, 120_000);
});
