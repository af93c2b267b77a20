import { describe, expect, it } from 'vitest';
import {
  archivePath,
  articlePath,
  feedPath,
  fileOf,
  searchPath,
  socialCardPath,
  tagPath,
  withBase,
  yearPath,
} from '../../src/lib/paths';

describe('withBase', () => {
  it('joins a path under the base with exactly one slash', () => {
    expect(withBase('/', 'search/')).toBe('/search/');
    expect(withBase('/news/', '/search/')).toBe('/news/search/');
    expect(withBase('/news/', '')).toBe('/news/');
  });
});

describe('the site’s addresses', () => {
  it('gives every kind of page its path, relative to the base', () => {
    expect(articlePath('world/grain-talks')).toBe('articles/world/grain-talks/');
    expect(tagPath('Middle East')).toBe('tags/middle-east/');
    expect(tagPath('US')).toBe(tagPath('us'));
    expect(archivePath).toBe('archive/');
    expect(yearPath(2023)).toBe('archive/2023/');
    expect(socialCardPath('a')).toBe('og/a.png');
    expect(feedPath).toBe('rss.xml');
  });

  it('puts a query on the search page’s address, encoded', () => {
    expect(searchPath()).toBe('search/');
    expect(searchPath('Moscow & “Minsk”')).toBe('search/?q=Moscow%20%26%20%E2%80%9CMinsk%E2%80%9D');
  });

  it('names the file a page path is written to', () => {
    expect(fileOf(articlePath('a'))).toBe('articles/a/index.html');
    expect(fileOf('')).toBe('index.html');
    expect(fileOf('rss.xml')).toBe('rss.xml');
  });
});
