/**
 * Redraw the chart from committed results files, so the README's chart can
 * join runs of different sizes (the 50,000 run is a bench of its own):
 * `node tests/bench/plot.ts --out tests/bench/results/chart.svg a.json b.json`.
 * A size in a later file replaces the same size in an earlier one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { chartPoint, renderChart, type ChartPoint } from './chart.ts';
import type { Report } from './report.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
if (!values.out || positionals.length === 0) {
  console.error('usage: node tests/bench/plot.ts --out chart.svg results.json [more.json …]');
  process.exit(1);
}
const points = new Map<number, { point: ChartPoint; from: string; machine: Report['machine'] }>();
for (const file of positionals) {
  let report: Report;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  } catch (error) {
    throw new Error(`Cannot read bench results ${file}`, { cause: error });
  }
  if (!Array.isArray(report.sizes)) throw new Error(`${file}: no "sizes" array`);
  for (const size of report.sizes)
    points.set(size.n, { point: chartPoint(size), from: basename(file, '.json'), machine: report.machine });
}
const sorted = [...points.values()].sort((a, b) => a.point.n - b.point.n);
// One label per run: the sizes it gave ("1 to 10,000: 2026-12-04").
const runs: string[] = [];
for (const { from } of sorted) if (!runs.includes(from)) runs.push(from);
const label = (from: string) => {
  const sizes = sorted.filter((entry) => entry.from === from).map((entry) => entry.point.n.toLocaleString('en'));
  return `${sizes.length > 1 ? `${sizes[0]!} to ${sizes.at(-1)!}` : sizes[0]!}: ${from}`;
};
const machine = sorted[0]!.machine;
const subtitle = [
  `${String(machine['cores'])} cores`,
  `Node ${String(machine['node']).replace(/^v(\d+).*/, '$1')}`,
  ...runs.map(label),
].join(' · ');
writeFileSync(
  values.out,
  renderChart(
    sorted.map((entry) => entry.point),
    subtitle,
  ),
);
console.log(`wrote ${values.out}: ${runs.map(label).join('; ')}`);
