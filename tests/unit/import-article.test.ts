import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../../src/lib/article-schema';
import { escapeMarkdown, firstSentence, headline, importArticle, slugFromTitle } from '../../src/lib/import-article';
import { parsePlainTextArticle } from '../../src/lib/plain-text-article';

const root = new URL('../../', import.meta.url);
const node = fileURLToPath(new URL('node_modules/.bin/node', root));
const cli = fileURLToPath(new URL('src/cli/import.ts', root));
const seedFile = fileURLToPath(new URL('tests/fixtures/seed.txt', root));
const seed = readFileSync(seedFile, 'utf8');

/** Front matter (parsed) and paragraphs of a Markdown article, subheads (`#` lines) left out. */
function readMarkdown(markdown: string): { data: unknown; paragraphs: string[] } {
  const [, frontMatter, body] = markdown.split(/^---$/m);
  const blocks = body!.split(/\n\s*\n/).map((block) => block.trim());
  return { data: parse(frontMatter!), paragraphs: blocks.filter((block) => block && !block.startsWith('#')) };
}

/** The text of each paragraph as the site's Markdown renderer (CommonMark + GFM) outputs it. */
async function renderedParagraphs(markdown: string): Promise<string[]> {
  // Smartypants off: it rewrites quotes and dashes after parsing, which no Markdown escape can prevent.
  const renderer = await createMarkdownProcessor({ syntaxHighlight: false, smartypants: false });
  const { code } = await renderer.render(markdown);
  const texts: string[] = [];
  visit(rehype().parse(code), 'element', (element) => {
    if (element.tagName === 'p') texts.push(toString(element));
  });
  return texts;
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
    expect(run.stdout).toBe(`${join(out, 'li-shangfu-in-moscow.md')}\n6 paragraphs, dated 2023-11-09: "Li Shangfu in Moscow"\n`);
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
});

describe('importArticle', () => {
  it('should refuse text without a date unless --date is given', () => {
    expect(() => importArticle('One.\n\nTwo.')).toThrow(/no leading "date YYYY-MM-DD"; pass --date/);
    expect(importArticle('One.\n\nTwo.', { date: '2024-02-29' }).date).toBe('2024-02-29');
  });

  it('should refuse a --date that disagrees with the date in the text', () => {
    expect(() => importArticle('date 2024-01-01 One.', { date: '2024-01-02' })).toThrow(/dated 2024-01-01 but --date says/);
  });

  it.each(['2023-02-30', '2023-13-01', '23-11-09', '2023-11-9', '2023-11-09x'])('should refuse the malformed date "date %s"', (date) => {
    expect(() => importArticle(`date ${date} Text.`)).toThrow(`the leading "date ${date}" is not a real day`);
  });

  it('should resolve the input file and --out from the folder the command was typed in', () => {
    // As npm runs it: in the project root, with the caller's folder in INIT_CWD.
    writeFileSync(join(out, 'story.txt'), 'date 2023-11-09\n\nA story from the caller’s folder.\n');
    mkdirSync(join(out, 'drafts'));
    const run = spawnSync(node, [cli, 'story.txt', '--out', 'drafts'], { encoding: 'utf8', cwd: fileURLToPath(root), env: { ...process.env, INIT_CWD: out } });
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(join(out, 'drafts'))).toEqual(['a-story-from-the-callers-folder.md']);
  });

  it('should refuse a malformed --date', () => {
    expect(() => importArticle('Text.', { date: '2023-02-29' })).toThrow('--date "2023-02-29" is not a real day');
  });

  it('should read CRLF input as the same paragraphs as LF input', () => {
    const lf = 'date 2024-01-01 First line\nsame paragraph.\n\nSecond.\n';
    const crlf = lf.replace(/\n/g, '\r\n');
    expect(importArticle(crlf).markdown).toBe(importArticle(lf).markdown);
    expect(importArticle(crlf).paragraphs).toEqual(['First line\nsame paragraph.', 'Second.']);
  });

  it('should keep Russian, Chinese, emoji and combining characters byte for byte', () => {
    const paragraphs = ['Министр обороны Китая прибыл в Москву.', '中国国防部长访问俄罗斯。', 'Flags 🇨🇳🇷🇺 and 👩🏽‍💻.', 'Cafe\u0301 and n\u0303 stay decomposed.'];
    const article = importArticle(`date 2024-01-01 ${paragraphs.join('\n\n')}`);
    expect(readMarkdown(article.markdown).paragraphs).toEqual(paragraphs);
    expect(Buffer.from(article.markdown, 'utf8').includes(Buffer.from(paragraphs.join('\n\n'), 'utf8'))).toBe(true);
  });

  it('should write front matter that parses as YAML and satisfies the article schema', () => {
    const title = 'Li says: "No deal" — it\'s #1, \'final\' & done';
    const { data } = readMarkdown(importArticle('date 2023-11-09 Text.', { title, tags: ['china', ' russia '], lang: 'ru' }).markdown);
    expect(data).toEqual({ title, date: '2023-11-09', description: 'Text.', tags: ['china', 'russia'], lang: 'ru' });
    expect(articleSchema.safeParse(data).success).toBe(true);
  });

  it('should take title and standfirst from a first sentence holding a colon and quotes', () => {
    const text = 'date 2023-11-09 Officials: "Talks\' failure" is \'likely\'. More follows.';
    const { data } = readMarkdown(importArticle(text).markdown);
    expect(data).toMatchObject({ title: 'Officials: "Talks\' failure" is \'likely\'', description: 'Officials: "Talks\' failure" is \'likely\'.' });
    expect(articleSchema.safeParse(data).success).toBe(true);
  });

  it('should refuse a --slug that is not lowercase letters, digits and hyphens', () => {
    expect(() => importArticle('date 2024-01-01 Text.', { slug: 'Bad_Slug' })).toThrow('--slug "Bad_Slug" must be');
  });

  it('should keep every paragraph\'s text through the Markdown renderer', async () => {
    const paragraphs = [
      '# Not a heading', '> not a quote', '- not a list', '+ not a list', '* not a list', '1. not a list', '2) nor this',
      'a *b* _c_ __d__ `e` [f](g) ![h](i) <b>j</b> <https://k.example> ~~l~~ m|n',
      'Back\\slash \\* and AT&amp;T &#42; &copy; but plain & stays',
      'Setext\n---', 'Or\n===', '***', 'A line\n- then a list', 'Value 1.5 and -3 and #tag',
      'snake_case https://example.com/a_b*c', 'www.example.com/a_b "https://e.com/*x*" https://e.com/?b=1&amp;c',
      'a_b@example.com, a@b_c.example and mailto:a_b@x.example', '[^1]: footnote?', '| a | b |\n| - | - |', '```\nfence\n```',
    ];
    const markdown = importArticle(`date 2024-01-01 ${paragraphs.join('\n\n')}`).markdown;
    expect(await renderedParagraphs(markdown)).toEqual(paragraphs);
  });

  it('should write paragraphs without Markdown-significant characters verbatim', () => {
    const plain = 'Plain text, with “quotes”, 1.5% — dashes - inside, and https://example.com/a/b.';
    expect(escapeMarkdown(plain)).toBe(plain);
  });
});

describe('titles and slugs', () => {
  it('should not end the first sentence at an initial or an abbreviation', () => {
    expect(firstSentence('The U.S. Army and Dr. Li met J. Smith at approx. ten. Then left.')).toBe(
      'The U.S. Army and Dr. Li met J. Smith at approx. ten.',
    );
  });

  it('should end a Chinese sentence at its full stop', () => {
    expect(firstSentence('中国国防部长访问俄罗斯。第二句。')).toBe('中国国防部长访问俄罗斯。');
  });

  it('should shorten a long title at a word boundary with an ellipsis', () => {
    const title = headline(firstSentence(parsePlainTextArticle(seed).paragraphs[0]!));
    expect(title).toBe('Chinese Defense Minister Li Shangfu embarked on a six-day trip to Russia and Belarus…');
    expect(title.length).toBeLessThanOrEqual(90);
  });

  it('should make a slug of at most 60 characters cut between words', () => {
    const slug = slugFromTitle('Chinese Defense Minister Li Shangfu embarked on a six-day trip to Russia and Belarus…');
    expect(slug).toBe('chinese-defense-minister-li-shangfu-embarked-on-a-six-day');
  });
});
