import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlainTextArticle } from '../../src/cli/import/plain-text-article';
import { markdownParagraphs } from '../../src/cli/verify/markdown-paragraphs';
import { readFrontMatter } from '../../src/lib/content/front-matter';
import { parseRecord } from '../../src/lib/content/paragraph-record';

const root = new URL('../../', import.meta.url);
const node = fileURLToPath(new URL('node_modules/.bin/node', root));
const cli = fileURLToPath(new URL('src/cli/import/import.ts', root));
const seedFile = fileURLToPath(new URL('tests/fixtures/seed.txt', root));
const seed = readFileSync(seedFile, 'utf8');

/** Front matter (parsed) and paragraphs of a Markdown article. */
function readMarkdown(markdown: string): { data: unknown; paragraphs: string[] } {
  const { data, body } = readFrontMatter(markdown)!;
  return { data, paragraphs: markdownParagraphs(body).map((paragraph) => paragraph.text) };
}

let out = '';
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'import-article-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

function runImport(...args: string[]) {
  return spawnSync(node, [cli, ...args, '--out', out], { encoding: 'utf8' });
}

function writeInput(name: string, text: string | Uint8Array): string {
  const file = join(out, name);
  writeFileSync(file, text);
  return file;
}

describe('import CLI', () => {
  it('should write the seed with the same paragraphs as the committed Markdown version', () => {
    const run = runImport(seedFile);
    expect(run.status, run.stderr).toBe(0);
    const written = run.stdout.split('\n')[0]!;
    const committed = readFileSync(new URL('content/li-shangfu-visits-russia-and-belarus.md', root), 'utf8');
    const imported = readMarkdown(readFileSync(written, 'utf8')).paragraphs;
    expect(imported).toEqual(readMarkdown(committed).paragraphs);
    expect(imported).toEqual(parsePlainTextArticle(seed).paragraphs);
  });

  it('should print the path written and a summary of paragraphs, date and title', () => {
    const run = runImport(seedFile, '--title', 'Li Shangfu in Moscow');
    expect(run.stdout).toBe(
      `${join(out, 'li-shangfu-in-moscow.md')}\n6 paragraphs, dated 2023-11-09: "Li Shangfu in Moscow"\n`,
    );
  });

  it('should refuse to overwrite an existing article and leave it unchanged', () => {
    expect(runImport(seedFile, '--slug', 'story').status).toBe(0);
    const before = readFileSync(join(out, 'story.md'), 'utf8');
    const second = runImport(writeInput('other.txt', 'date 2024-01-01 Other text.\n'), '--slug', 'story');
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/^import: .*other\.txt: .*story\.md already exists/);
    expect(readFileSync(join(out, 'story.md'), 'utf8')).toBe(before);
  });

  it('should refuse a slug that differs from an existing file name only in case', () => {
    writeFileSync(join(out, 'Story.md'), 'kept');
    const run = runImport(seedFile, '--slug', 'story');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Story.md already exists');
    expect(readFileSync(join(out, 'Story.md'), 'utf8')).toBe('kept');
  });

  it('should refuse an empty file, naming it', () => {
    const run = runImport(writeInput('empty.txt', ''), '--date', '2024-01-01');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`import: ${join(out, 'empty.txt')}: the file is empty\n`);
  });

  it('should refuse a file of white space only, naming it', () => {
    const run = runImport(writeInput('blank.txt', ' \r\n\t\n\n'), '--date', '2024-01-01');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`import: ${join(out, 'blank.txt')}: the file holds only white space\n`);
  });

  it('should refuse a file that is not UTF-8 rather than alter its text', () => {
    const run = runImport(writeInput('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9])), '--date', '2024-01-01');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('latin1.txt: is not UTF-8 text');
  });

  it('should refuse an unknown option and show the usage', () => {
    const run = runImport(seedFile, '--titel', 'Typo');
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^import: Unknown option '--titel'[\s\S]*usage: npm run import/);
  });
  it('should resolve the input file and --out from the folder the command was typed in', () => {
    // As npm runs it: in the project root, with the caller's folder in INIT_CWD.
    writeFileSync(join(out, 'story.txt'), 'date 2023-11-09\n\nA story from the caller’s folder.\n');
    mkdirSync(join(out, 'drafts'));
    const run = spawnSync(node, [cli, 'story.txt', '--out', 'drafts'], {
      encoding: 'utf8',
      cwd: fileURLToPath(root),
      env: { ...process.env, INIT_CWD: out },
    });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(out, 'drafts')).filter((name) => name.endsWith('.md'))).toEqual([
      'a-story-from-the-callers-folder.md',
    ]);
  });
});

describe('import CLI and the record of paragraph ids', () => {
  it('starts the new article’s record, with the ids its first build gives', () => {
    const run = runImport(seedFile, '--slug', 'seed-story');
    expect(run.status, run.stderr).toBe(0);
    const record = parseRecord(readFileSync(join(out, '.paragraph-ids', 'seed-story.yaml'), 'utf8'), 'record');
    expect(record.map((entry) => entry.id)).toEqual([
      'chinese-defense-minister-li-shangfu',
      'during-his-visit-li-shangfu',
      'this-visit-signifies-the-robust',
      'following-his-stay-in-russia',
      'china-maintains-a-stance-of',
      'the-visit-by-chinas-defense',
    ]);
  });
});
