import { describe, expect, it } from 'vitest';
import { comparable } from '../../../src/cli/verify/comparable.ts';
import { markdownParagraphs } from '../../../src/cli/verify/markdown-paragraphs.ts';

describe('markdownParagraphs', () => {
  it('keeps the top-level paragraphs with their lines and skips every other block', () => {
    const body = [
      'First line',
      'goes on.',
      '',
      '# Head',
      '',
      '- item',
      '',
      '> quote',
      '',
      '```',
      'code',
      '',
      'more',
      '```',
      '',
      '    indented',
      '',
      '<div>',
      '',
      'Setext',
      '===',
      '',
      '| a |',
      '',
      '[r]: https://x',
      '',
      'Text',
      '- list',
      '',
      'Last.',
      '',
      '<iframe src="x"></iframe>',
      '',
      '<em>Lead</em> in.',
    ].join('\n');
    expect(markdownParagraphs(body)).toEqual([
      { line: 1, text: 'First line goes on.' },
      // A pipe line with no delimiter row under it is no table: the page shows it as a paragraph.
      { line: 23, text: '| a |' },
      { line: 27, text: 'Text' },
      { line: 30, text: 'Last.' },
      { line: 34, text: 'Lead in.' },
    ]);
  });

  it('reduces inline Markdown and HTML to the text a reader sees', () => {
    const [paragraph] = markdownParagraphs(
      'A [link](https://x.org/a_(b) "t"), ![img](i.png)`co*de` &amp; <em>em</em> \\*x\\* <https://a.b>',
    );
    expect(paragraph?.text).toBe('A link, co*de & em *x* https://a.b');
  });

  it('reads a hard line break as a space, and leaves footnote marks and a paragraph of only an image out', () => {
    expect(markdownParagraphs('One  \ntwo[^n].\n\n![alone](a.png)\n\n[^n]: A note.\n')).toEqual([
      { line: 1, text: 'One two.' },
    ]);
  });

  it('reads GitHub tables as tables, not paragraphs', () => {
    expect(markdownParagraphs('| a | b |\n| - | - |\n| 1 | 2 |\n')).toEqual([]);
  });
});

describe('comparable', () => {
  it('folds the typography smartypants sets, and white space', () => {
    expect(comparable('He said "so" -- and... it’s\n fine')).toBe(comparable("He said “so” — and… it's fine"));
  });
});
