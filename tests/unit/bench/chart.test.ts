import { describe, expect, it } from 'vitest';
import { chartPoint, renderChart } from '../../bench/chart.ts';
import type { SizeResult } from '../../bench/report.ts';

const stat = (median: number) => ({ median, min: median, max: median, values: [median] });
const step = (totalMs: number) => ({ build: { totalMs } });

function size(n: number, extra: Partial<SizeResult> = {}): SizeResult {
  return { n, articleUrlPath: '/articles/a/', queries: { first: 'a', second: 'b' }, languages: {}, ...extra };
}

describe('chartPoint', () => {
  it('plots a size in seconds and KB from its medians and its rebuilds', () => {
    const point = chartPoint(
      size(1000, {
        build: { runs: [], totalMs: stat(16_800) },
        search: { uiRuns: [], apiRuns: [], uiColdTransferBytes: stat(125 * 1024) },
        rebuild: {
          noChange: step(6_200),
          editParagraph: step(7_700),
          addArticle: step(8_200),
        } as unknown as NonNullable<SizeResult['rebuild']>,
      }),
    );
    expect(point).toEqual({ n: 1000, buildSeconds: 16.8, noChangeSeconds: 6.2, editSeconds: 7.7, searchKB: 125 });
  });

  it('leaves out what a size did not measure', () => {
    expect(chartPoint(size(50_000))).toEqual({
      n: 50_000,
      buildSeconds: undefined,
      noChangeSeconds: undefined,
      editSeconds: undefined,
      searchKB: undefined,
    });
  });
});

describe('renderChart', () => {
  it('draws one marker per measured value and names the run', () => {
    const svg = renderChart(
      [
        { n: 1, buildSeconds: 4 },
        { n: 10_000, buildSeconds: 126, editSeconds: 17.8 },
      ],
      '2 cores · Node 24',
    );
    expect(svg.match(/<circle /g)).toHaveLength(3);
    expect(svg).toContain('2 cores · Node 24');
  });
});
