import { describe, expect, it } from 'vitest';
import { formatReport } from '../../../src/cli/verify/report.ts';

describe('formatReport', () => {
  const totals = { dist: 'dist', pages: 3, articles: 2, links: 10 };

  it('should end with OK and the totals when nothing is wrong', () => {
    expect(formatReport([{ name: 'ids', summary: '4 ids', checked: 4, problems: [] }], totals)).toBe(
      '✓ ids: 4 ids\nverify: dist/ OK (3 pages, 2 articles, 10 links)',
    );
  });

  it('should group problems per file, in line order, and count them', () => {
    const problems = [
      { file: 'dist/b.html', line: 9, message: 'late' },
      { file: 'dist/a.html', message: 'whole file' },
      { file: 'dist/b.html', line: 2, column: 5, message: 'early' },
    ];
    expect(formatReport([{ name: 'links', summary: '3 links', checked: 3, problems }], totals)).toBe(
      [
        '✗ links: 3 links, 3 problems',
        '  dist/b.html',
        '    line 2:5: early',
        '    line 9: late',
        '  dist/a.html',
        '    whole file',
        'verify: 3 problems',
      ].join('\n'),
    );
  });
});
