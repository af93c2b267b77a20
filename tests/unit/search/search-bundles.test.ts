import { describe, expect, it } from 'vitest';
import { partsOf, splitByYear, splitPages } from '../../../src/lib/search/search-bundles';

const page = (file: string, date: string) => ({ file, date });

describe('splitPages', () => {
  it('should keep a collection under twice the recent size in one bundle, newest first', () => {
    const pages = [page('a', '2020-01-01'), page('b', '2024-05-01'), page('c', '2022-03-01')];
    expect(splitPages(pages, 2)).toEqual([[pages[1], pages[2], pages[0]]]);
  });

  it('should put the newest articles in the first bundle and the rest in the archive', () => {
    const pages = ['2021', '2025', '2019', '2024', '2023'].map((year, i) => page(`p${i}`, `${year}-01-01`));
    const [recent, archive] = splitPages(pages, 2);
    expect(recent!.map((p) => p.date)).toEqual(['2025-01-01', '2024-01-01']);
    expect(archive!.map((p) => p.date)).toEqual(['2023-01-01', '2021-01-01', '2019-01-01']);
  });

  it('should split articles of the same day by file, whatever order they are read in', () => {
    const pages = ['d', 'b', 'a', 'c'].map((file) => page(file, '2024-01-01'));
    expect(splitPages(pages, 2).map((bundle) => bundle.map((p) => p.file))).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(splitPages([...pages].reverse(), 2)).toEqual(splitPages(pages, 2));
  });
});

describe('splitByYear', () => {
  it('should group the archive by year, newest year first, keeping the order within a year', () => {
    const pages = [page('c', '2023-12-31'), page('a', '2023-01-02'), page('b', '2021-07-01'), page('d', '2021-01-01')];
    expect(splitByYear(pages)).toEqual([
      ['2023', [pages[0], pages[1]]],
      ['2021', [pages[2], pages[3]]],
    ]);
  });
});

describe('partsOf', () => {
  it('should give a bundle of one folder itself, and the archive its years', () => {
    const entry = { tag: 'a1', files: {} };
    const one = { path: 'pagefind/', pages: 1, languages: ['en'], newest: '2024-01-01', oldest: '2024-01-01', entry };
    const year = { ...one, path: 'pagefind-archive/2023/' };
    expect(partsOf(one)).toEqual([one]);
    expect(partsOf({ ...year, parts: [year] })).toEqual([year]);
  });
});
