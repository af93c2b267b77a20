/**
 * A hand-drawn SVG line chart: cold build and rebuild times (s) and
 * first-search transfer (KB) against the number of articles, log scale on
 * every axis. Seconds use the left axis, KB the right one.
 */
import type { SizeResult } from './report.ts';
import { KB } from './stats.ts';

export interface ChartPoint {
  n: number;
  buildSeconds?: number | undefined;
  noChangeSeconds?: number | undefined;
  editSeconds?: number | undefined;
  searchKB?: number | undefined;
}

/** What the chart plots of one size's results. */
export function chartPoint(size: SizeResult): ChartPoint {
  return {
    n: size.n,
    buildSeconds: size.build?.totalMs ? size.build.totalMs.median / 1000 : undefined,
    noChangeSeconds: size.rebuild ? size.rebuild.noChange.build.totalMs / 1000 : undefined,
    editSeconds: size.rebuild ? size.rebuild.editParagraph.build.totalMs / 1000 : undefined,
    searchKB: size.search?.uiColdTransferBytes ? size.search.uiColdTransferBytes.median / KB : undefined,
  };
}

const W = 680;
const H = 440;
const M = { top: 64, right: 78, bottom: 64, left: 78 };
/** Each series on the left axis (seconds) or the right one (KB). */
const SERIES = [
  { key: 'buildSeconds', axis: 0, label: 'Cold build, s', color: '#1f5fa8', dash: '', marker: 'circle' },
  {
    key: 'editSeconds',
    axis: 0,
    label: 'Rebuild, one paragraph edited, s',
    color: '#2e7d32',
    dash: '',
    marker: 'circle',
  },
  {
    key: 'noChangeSeconds',
    axis: 0,
    label: 'Rebuild, nothing changed, s',
    color: '#6a3d9a',
    dash: '2 3',
    marker: 'circle',
  },
  {
    key: 'searchKB',
    axis: 1,
    label: 'First search, KB transferred — right axis',
    color: '#b3470b',
    dash: '6 4',
    marker: 'square',
  },
] as const;
const AXES = ['Build time, seconds (log)', 'First search, KB (log)'] as const;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (value: number) =>
  value >= 100 ? Math.round(value).toLocaleString('en') : Number(value.toPrecision(2)).toString();

/** A log10 domain covering the values, in whole decades. */
function decades(values: number[]): [number, number] {
  const positive = values.filter((value) => value > 0 && Number.isFinite(value));
  if (positive.length === 0) return [0, 1];
  const low = Math.floor(Math.log10(Math.min(...positive)));
  const high = Math.ceil(Math.log10(Math.max(...positive)));
  return [low, high > low ? high : low + 1];
}

export function renderChart(points: ChartPoint[], subtitle: string): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const [x0, x1] = decades(points.map((point) => point.n));
  const x = (n: number) => M.left + ((Math.log10(n) - x0) / (x1 - x0)) * plotW;
  const domains = AXES.map((_, axis) =>
    decades(
      SERIES.filter((series) => series.axis === axis).flatMap((series) =>
        points.map((point) => point[series.key] ?? Number.NaN),
      ),
    ),
  );
  const y = (index: number, value: number) => {
    const [low, high] = domains[index]!;
    return M.top + plotH - ((Math.log10(value) - low) / (high - low)) * plotH;
  };
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="chart-title chart-desc" font-family="system-ui, sans-serif" font-size="12">`,
    `<title id="chart-title">Broadsheet benchmark: cold build, rebuilds and first-search transfer against the number of articles</title>`,
    `<desc id="chart-desc">${escape(
      points
        .map(
          (point) =>
            `${point.n} articles: ${SERIES.map((series) => `${series.label.split(',')[0]} ${point[series.key] === undefined ? 'n/a' : fmt(point[series.key]!)}`).join(', ')}`,
        )
        .join('; '),
    )}. Log scales.</desc>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="22" text-anchor="middle" font-size="15" font-weight="600" fill="#111">Builds, rebuilds and first-search transfer vs. articles</text>`,
    `<text x="${W / 2}" y="40" text-anchor="middle" fill="#555">${escape(subtitle)}</text>`,
  );
  // Grid and x axis: one line per decade.
  for (let decade = x0; decade <= x1; decade++) {
    const px = x(10 ** decade);
    out.push(`<line x1="${px}" y1="${M.top}" x2="${px}" y2="${M.top + plotH}" stroke="#e3e3e3"/>`);
    out.push(
      `<text x="${px}" y="${M.top + plotH + 18}" text-anchor="middle" fill="#333">${(10 ** decade).toLocaleString('en')}</text>`,
    );
  }
  out.push(
    `<text x="${M.left + plotW / 2}" y="${H - 18}" text-anchor="middle" fill="#111">Articles (N, log scale)</text>`,
  );
  // The two y axes: seconds in the cold build's colour, KB in the search's.
  AXES.forEach((title, index) => {
    const series = SERIES.find((candidate) => candidate.axis === index)!;
    const [low, high] = domains[index]!;
    const ax = index === 0 ? M.left : M.left + plotW;
    const anchor = index === 0 ? 'end' : 'start';
    const dx = index === 0 ? -8 : 8;
    out.push(`<line x1="${ax}" y1="${M.top}" x2="${ax}" y2="${M.top + plotH}" stroke="${series.color}"/>`);
    for (let decade = low; decade <= high; decade++) {
      const py = y(index, 10 ** decade);
      if (index === 0) out.push(`<line x1="${M.left}" y1="${py}" x2="${M.left + plotW}" y2="${py}" stroke="#e3e3e3"/>`);
      out.push(
        `<text x="${ax + dx}" y="${py + 4}" text-anchor="${anchor}" fill="${series.color}">${fmt(10 ** decade)}</text>`,
      );
    }
    const lx = index === 0 ? 20 : W - 20;
    out.push(
      `<text transform="translate(${lx} ${M.top + plotH / 2}) rotate(${index === 0 ? -90 : 90})" text-anchor="middle" fill="${series.color}">${title}</text>`,
    );
  });
  out.push(`<rect x="${M.left}" y="${M.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`);
  // Series: a line through the measured points, a marker with a tooltip on each.
  SERIES.forEach((series) => {
    const index = series.axis;
    const measured = points.filter((point) => (point[series.key] ?? 0) > 0).sort((a, b) => a.n - b.n);
    if (measured.length === 0) return;
    const coords = measured.map((point) => [x(point.n), y(index, point[series.key]!)] as const);
    out.push(
      `<polyline points="${coords.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}" fill="none" stroke="${series.color}" stroke-width="2.5" stroke-dasharray="${series.dash}"/>`,
    );
    measured.forEach((point, i) => {
      const [px, py] = coords[i]!;
      const tip = `<title>N=${point.n.toLocaleString('en')}: ${fmt(point[series.key]!)} ${index === 0 ? 's' : 'KB'}</title>`;
      out.push(
        series.marker === 'circle'
          ? `<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="4.5" fill="${series.color}">${tip}</circle>`
          : `<rect x="${(px - 4.5).toFixed(1)}" y="${(py - 4.5).toFixed(1)}" width="9" height="9" fill="${series.color}">${tip}</rect>`,
      );
    });
  });
  // Legend, top left inside the plot.
  SERIES.forEach((series, index) => {
    const ly = M.top + 16 + index * 18;
    out.push(
      `<line x1="${M.left + 10}" y1="${ly}" x2="${M.left + 38}" y2="${ly}" stroke="${series.color}" stroke-width="2.5" stroke-dasharray="${series.dash}"/>`,
      `<text x="${M.left + 44}" y="${ly + 4}" fill="#111">${escape(series.label)}</text>`,
    );
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
