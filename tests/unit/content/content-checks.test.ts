import { describe, expect, it } from 'vitest';
import { articleId } from '../../../src/lib/content/article-id';
import { checkArticleFile, checkArticleFiles } from '../../../src/lib/content/content-checks';

const bytes = (text: string) => new TextEncoder().encode(text);
const file = (path: string, text: string) => ({ path, bytes: bytes(text) });
const good = '---\ntitle: A headline\ndate: 2023-11-09\n---\n\nA paragraph.\n';

describe('checkArticleFile', () => {
  it('should pass a well-formed article', () => {
    expect(checkArticleFile(file('a.md', good))).toEqual([]);
  });

  it('should refuse a date that is not a real day', () => {
    expect(checkArticleFile(file('a.md', good.replace('2023-11-09', '2023-02-30')))).toEqual([
      'date: 2023-02-30 is not a real day',
    ]);
  });

  it('should refuse an updated date that is not a real day', () => {
    expect(checkArticleFile(file('a.md', good.replace('---\n\n', 'updated: 2023-13-01\n---\n\n')))).toEqual([
      'updated: 2023-13-01 is not a real day',
    ]);
  });

  it('should accept 29 February in a leap year', () => {
    expect(checkArticleFile(file('a.md', good.replace('2023-11-09', '2024-02-29')))).toEqual([]);
  });

  it('should refuse an article with not a letter after its front matter', () => {
    expect(checkArticleFile(file('a.md', '---\ntitle: A\ndate: 2023-11-09\n---\n\n — \n\n'))).toEqual([
      'has no body text: write at least one paragraph',
    ]);
  });

  it('should leave a body of headings alone to the check after rendering (articles-loader.ts)', () => {
    expect(checkArticleFile(file('a.md', '---\ntitle: A\ndate: 2023-11-09\n---\n\n## Only a heading\n'))).toEqual([]);
  });

  it('should refuse front matter that is not valid YAML, saying where', () => {
    const [problem] = checkArticleFile(file('a.md', '---\ntitle: [unclosed\ndate: 2023-11-09\n---\n\nText.\n'));
    expect(problem).toMatch(/^front matter is not valid YAML: .*line/);
  });

  it('should refuse a file without front matter', () => {
    expect(checkArticleFile(file('a.md', 'Just text.\n'))).toEqual([
      'has no front matter (a block between "---" lines at the top with at least title and date)',
    ]);
  });

  it('should refuse a file that is not UTF-8, naming the line', () => {
    const latin1 = Uint8Array.from([...bytes('---\ntitle: Caf'), 0xe9, ...bytes('\ndate: 2023-11-09\n---\n\nText.\n')]);
    expect(checkArticleFile({ path: 'a.md', bytes: latin1 })).toEqual(['is not UTF-8 text (line 2); save it as UTF-8']);
  });

  it('should read CRLF line ends and a byte-order mark', () => {
    expect(checkArticleFile(file('a.md', `\uFEFF${good.replaceAll('\n', '\r\n')}`))).toEqual([]);
  });
});

describe('checkArticleFiles', () => {
  it('should refuse two files that make the same slug, naming both', () => {
    expect(checkArticleFiles([file('Grain Talks.md', good), file('grain-talks.md', good)])).toEqual([
      'grain-talks.md: has the same slug "grain-talks" as Grain Talks.md; rename one of them',
    ]);
  });

  it('should prefix every problem with its file', () => {
    expect(checkArticleFiles([file('a.md', good), file('b.md', 'x')])).toEqual([
      'b.md: has no front matter (a block between "---" lines at the top with at least title and date)',
    ]);
  });
});

describe('articleId', () => {
  it('should slug every folder and the file name', () => {
    expect(articleId('World/Grain Talks.md')).toBe('world/grain-talks');
  });
});
