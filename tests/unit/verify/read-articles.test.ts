import { describe, expect, it } from 'vitest';
import { parseArticle, readArticles } from '../../../src/cli/verify/read-articles.ts';
import { folder, md } from './fixtures.ts';

describe('parseArticle and readArticles', () => {
  it('should give each file the id the site gives it', () => {
    expect(parseArticle('World/Second Story.md', md('title: A', '\nB.\n')).id).toBe('world/second-story');
  });

  it('should read drafts, the body and the line it starts on', () => {
    const article = parseArticle('a.md', md('title: A\ndraft: true', '\nBody.\n'), 'content');
    expect(article).toMatchObject({ file: 'content/a.md', id: 'a', draft: true, bodyLine: 4 });
    expect(article.body).toBe('\n\nBody.\n');
    expect(parseArticle('b.md', 'No front matter.').draft).toBe(false);
    expect(parseArticle('c.md', md('title: [broken', '')).error).toMatch(/not valid YAML/);
  });

  it('should find Markdown files in sub-folders but not dot files', () => {
    const dir = folder('content', { 'a.md': 'A', 'sub/b.md': 'B', '.hidden/c.md': 'C', 'notes.txt': 'N' });
    expect(readArticles(dir).map((article) => article.id)).toEqual(['a', 'sub/b']);
  });
});
