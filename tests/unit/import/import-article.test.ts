import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { toString } from 'hast-util-to-string';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  escapeMarkdown,
  firstSentence,
  headline,
  importArticle,
  slugFromTitle,
} from '../../../src/cli/import/import-article';
import { markdownParagraphs } from '../../../src/cli/verify/markdown-paragraphs';
import { articleSchema } from '../../../src/lib/content/article-schema';
import { readFrontMatter } from '../../../src/lib/content/front-matter';
import { parsePlainTextArticle } from '../../../src/cli/import/plain-text-article';

const seed = readFileSync(new URL('../../fixtures/seed.txt', import.meta.url), 'utf8');

/** Front matter (parsed) and paragraphs of a Markdown article, as the one front-matter reader and a Markdown parser read them. */
function readMarkdown(markdown: string): { data: unknown; paragraphs: string[] } {
  const { data, body } = readFrontMatter(markdown)!;
  return { data, paragraphs: markdownParagraphs(body).map((paragraph) => paragraph.text) };
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

describe('importArticle', () => {
  it('should refuse text without a date unless --date is given', () => {
    expect(() => importArticle('One.\n\nTwo.')).toThrow(/no leading "date YYYY-MM-DD"; pass --date/);
    expect(importArticle('One.\n\nTwo.', { date: '2024-02-29' }).date).toBe('2024-02-29');
  });

  it('should refuse a --date that disagrees with the date in the text', () => {
    expect(() => importArticle('date 2024-01-01 One.', { date: '2024-01-02' })).toThrow(
      /dated 2024-01-01 but --date says/,
    );
  });

  it.each(['2023-02-30', '2023-13-01', '23-11-09', '2023-11-9', '2023-11-09x'])(
    'should refuse the malformed date "date %s"',
    (date) => {
      expect(() => importArticle(`date ${date} Text.`)).toThrow(`the leading "date ${date}" is not a real day`);
    },
  );

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
    const paragraphs = [
      'Министр обороны Китая прибыл в Москву.',
      '中国国防部长访问俄罗斯。',
      'Flags 🇨🇳🇷🇺 and 👩🏽‍💻.',
      'Cafe\u0301 and n\u0303 stay decomposed.',
    ];
    const article = importArticle(`date 2024-01-01 ${paragraphs.join('\n\n')}`);
    expect(readMarkdown(article.markdown).paragraphs).toEqual(paragraphs);
    expect(Buffer.from(article.markdown, 'utf8').includes(Buffer.from(paragraphs.join('\n\n'), 'utf8'))).toBe(true);
  });

  it('should write front matter that parses as YAML and satisfies the article schema', () => {
    const title = "Li says: \"No deal\" — it's #1, 'final' & done";
    const { data } = readMarkdown(
      importArticle('date 2023-11-09 Text.', { title, tags: ['china', ' russia '], lang: 'ru' }).markdown,
    );
    expect(data).toEqual({ title, date: '2023-11-09', description: 'Text.', tags: ['china', 'russia'], lang: 'ru' });
    expect(articleSchema.safeParse(data).success).toBe(true);
  });

  it('should take title and standfirst from a first sentence holding a colon and quotes', () => {
    const text = "date 2023-11-09 Officials: \"Talks' failure\" is 'likely'. More follows.";
    const { data } = readMarkdown(importArticle(text).markdown);
    expect(data).toMatchObject({
      title: "Officials: \"Talks' failure\" is 'likely'",
      description: "Officials: \"Talks' failure\" is 'likely'.",
    });
    expect(articleSchema.safeParse(data).success).toBe(true);
  });

  it('should refuse a --slug that is not lowercase letters, digits and hyphens', () => {
    expect(() => importArticle('date 2024-01-01 Text.', { slug: 'Bad_Slug' })).toThrow('--slug "Bad_Slug" must be');
  });

  it("should keep every paragraph's text through the Markdown renderer", async () => {
    const paragraphs = [
      '# Not a heading',
      '> not a quote',
      '- not a list',
      '+ not a list',
      '* not a list',
      '1. not a list',
      '2) nor this',
      'a *b* _c_ __d__ `e` [f](g) ![h](i) <b>j</b> <https://k.example> ~~l~~ m|n',
      'Back\\slash \\* and AT&amp;T &#42; &copy; but plain & stays',
      'Setext\n---',
      'Or\n===',
      '***',
      'A line\n- then a list',
      'Value 1.5 and -3 and #tag',
      'snake_case https://example.com/a_b*c',
      'www.example.com/a_b "https://e.com/*x*" https://e.com/?b=1&amp;c',
      'a_b@example.com, a@b_c.example and mailto:a_b@x.example',
      '[^1]: footnote?',
      '| a | b |\n| - | - |',
      '```\nfence\n```',
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
