/**
 * The benchmark's result shape, the targets from the issue, and the Markdown
 * report printed at the end.
 */
import type { RelatedResult } from './measure-related.ts';
import type { RelevanceResult } from './measure-relevance.ts';
import type { RebuildResult, RebuildStep } from './measure-rebuild.ts';
import type { DirSize, BuildResult } from './measure-build.ts';
import type { PageWeight } from './measure-page.ts';
import { PACED_KEY_MS, type SearchApiResult, type SearchUiResult } from './measure-search.ts';
import { CATEGORIES, type AuditIssue, type Category, type LighthouseRun, type Preset } from './measure-lighthouse.ts';
import { KB, MB, formatNumber, formatStat, statOf, type Stat } from './stats.ts';

export interface MeasureError {
  n: number;
  step: string;
  message: string;
}

export interface BuildSummary {
  runs: BuildResult[];
  astroMs?: Stat | undefined;
  pagefindMs?: Stat | undefined;
  totalMs?: Stat | undefined;
  msPerArticle?: Stat | undefined;
  astroPeakRssBytes?: Stat | undefined;
  pagefindPeakRssBytes?: Stat | undefined;
  /** The larger of the two steps' peaks, per run. */
  peakRssBytes?: Stat | undefined;
  dist?: DirSize | undefined;
  pagefindDir?: DirSize | undefined;
}

export interface PageSummary {
  runs: PageWeight[];
  requests?: Stat | undefined;
  encodedBytes?: Stat | undefined;
  transferBytes?: Stat | undefined;
  decodedBytes?: Stat | undefined;
  byType: Record<
    string,
    { requests?: Stat | undefined; encodedBytes?: Stat | undefined; decodedBytes?: Stat | undefined }
  >;
}

export interface SearchSummary {
  uiRuns: SearchUiResult[];
  apiRuns: SearchApiResult[];
  uiColdMs?: Stat | undefined;
  uiColdTransferBytes?: Stat | undefined;
  uiColdRequests?: Stat | undefined;
  uiWarmMs?: Stat | undefined;
  uiWarmFromLastKeyMs?: Stat | undefined;
  uiWarmTransferBytes?: Stat | undefined;
  uiPacedFromLastKeyMs?: Stat | undefined;
  apiColdMs?: Stat | undefined;
  apiColdTransferBytes?: Stat | undefined;
  apiColdRequests?: Stat | undefined;
  apiWarmMs?: Stat | undefined;
  apiWarmTransferBytes?: Stat | undefined;
}

export interface SizeResult {
  n: number;
  articleUrlPath: string;
  queries: { first: string; second: string; third?: string };
  languages: Record<string, number>;
  build?: BuildSummary;
  page?: { js: PageSummary; noJs: PageSummary };
  search?: SearchSummary;
  relevance?: RelevanceResult;
  rebuild?: RebuildResult;
  related?: RelatedResult;
}

export interface LighthouseSummary {
  runs: LighthouseRun[];
  scores: Partial<Record<Category, Stat>>;
  lcpMs?: Stat | undefined;
  tbtMs?: Stat | undefined;
  cls?: Stat | undefined;
  totalBytes?: Stat | undefined;
  /** Audits below a full score, with how many runs they failed in. */
  issues: (AuditIssue & { runs: number })[];
}

export interface LighthouseResult {
  n: number;
  runsPerPreset: number;
  pages: Record<'home' | 'article', { url: string } & Partial<Record<Preset, LighthouseSummary>>>;
}

export interface Target {
  id: string;
  label: string;
  measured: string;
  /** null: not measured at the N the target is about (or the measure failed). */
  pass: boolean | null;
}

export interface Report {
  schemaVersion: 1;
  date: string;
  startedAt: string;
  durationMs: number;
  mode: 'full' | 'smoke';
  options: Record<string, unknown>;
  machine: Record<string, unknown>;
  sizes: SizeResult[];
  lighthouse?: LighthouseResult;
  targets: Target[];
  errors: MeasureError[];
}

// ── Summaries ────────────────────────────────────────────────────────────────

export function summariseBuild(runs: BuildResult[]): BuildSummary {
  const last = runs.at(-1);
  return {
    runs,
    astroMs: statOf(runs, (run) => run.astro.ms),
    pagefindMs: statOf(runs, (run) => run.pagefind.ms),
    totalMs: statOf(runs, (run) => run.totalMs),
    msPerArticle: statOf(runs, (run) => run.msPerArticle),
    astroPeakRssBytes: statOf(runs, (run) => run.astro.peakRssBytes),
    pagefindPeakRssBytes: statOf(runs, (run) => run.pagefind.peakRssBytes),
    peakRssBytes: statOf(runs, (run) => Math.max(run.astro.peakRssBytes, run.pagefind.peakRssBytes)),
    dist: last?.dist,
    pagefindDir: last?.pagefindDir,
  };
}

export function summarisePage(runs: PageWeight[]): PageSummary {
  const types = [...new Set(runs.flatMap((run) => Object.keys(run.byType)))].sort();
  const byType: PageSummary['byType'] = {};
  for (const type of types) {
    byType[type] = {
      requests: statOf(runs, (run) => run.byType[type]?.requests ?? 0),
      encodedBytes: statOf(runs, (run) => run.byType[type]?.encodedBytes ?? 0),
      decodedBytes: statOf(runs, (run) => run.byType[type]?.decodedBytes ?? 0),
    };
  }
  return {
    // The request list of the first run only: the others repeat it.
    runs: runs.map((run, index) => (index === 0 ? run : { ...run, requestList: [] })),
    requests: statOf(runs, (run) => run.requests),
    encodedBytes: statOf(runs, (run) => run.encodedBytes),
    transferBytes: statOf(runs, (run) => run.transferBytes),
    decodedBytes: statOf(runs, (run) => run.decodedBytes),
    byType,
  };
}

export function summariseSearch(uiRuns: SearchUiResult[], apiRuns: SearchApiResult[]): SearchSummary {
  return {
    uiRuns: uiRuns.map((run, index) =>
      index === 0 ? run : { cold: { ...run.cold, urls: [] }, warm: { ...run.warm, urls: [] } },
    ),
    apiRuns: apiRuns.map((run, index) =>
      index === 0 ? run : { cold: { ...run.cold, urls: [] }, warm: { ...run.warm, urls: [] } },
    ),
    uiColdMs: statOf(uiRuns, (run) => run.cold.ms),
    uiColdTransferBytes: statOf(uiRuns, (run) => run.cold.transferBytes),
    uiColdRequests: statOf(uiRuns, (run) => run.cold.requests),
    uiWarmMs: statOf(uiRuns, (run) => run.warm.ms),
    uiWarmFromLastKeyMs: statOf(uiRuns, (run) => run.warm.fromLastKeyMs),
    uiWarmTransferBytes: statOf(uiRuns, (run) => run.warm.transferBytes),
    uiPacedFromLastKeyMs: statOf(uiRuns, (run) => run.paced?.fromLastKeyMs),
    apiColdMs: statOf(apiRuns, (run) => run.cold.ms),
    apiColdTransferBytes: statOf(apiRuns, (run) => run.cold.transferBytes),
    apiColdRequests: statOf(apiRuns, (run) => run.cold.requests),
    apiWarmMs: statOf(apiRuns, (run) => run.warm.ms),
    apiWarmTransferBytes: statOf(apiRuns, (run) => run.warm.transferBytes),
  };
}

export function summariseLighthouse(runs: LighthouseRun[]): LighthouseSummary {
  const scores: Partial<Record<Category, Stat>> = {};
  for (const category of CATEGORIES) {
    const value = statOf(runs, (run) => run.scores[category]);
    if (value) scores[category] = value;
  }
  const issues = new Map<string, AuditIssue & { runs: number }>();
  for (const issue of runs.flatMap((run) => run.issues)) {
    const seen = issues.get(issue.id);
    if (seen) seen.runs++;
    else issues.set(issue.id, { ...issue, runs: 1 });
  }
  return {
    runs,
    scores,
    lcpMs: statOf(runs, (run) => run.lcpMs),
    tbtMs: statOf(runs, (run) => run.tbtMs),
    cls: statOf(runs, (run) => run.cls),
    totalBytes: statOf(runs, (run) => run.totalBytes),
    issues: [...issues.values()],
  };
}

// ── Targets ──────────────────────────────────────────────────────────────────

const BIG = 10_000;
const MID = 1_000;
const HUGE = 50_000;

/** A target about N=10,000: pass/fail there; otherwise "n/a", showing the largest N measured for context. */
function atBig(
  sizes: SizeResult[],
  id: string,
  label: string,
  pick: (size: SizeResult) => number | undefined,
  show: (value: number) => string,
  ok: (value: number) => boolean,
): Target {
  const big = sizes.find((size) => size.n === BIG);
  const value = big ? pick(big) : undefined;
  if (big && value !== undefined) return { id, label, measured: show(value), pass: ok(value) };
  const largest = [...sizes].reverse().find((size) => pick(size) !== undefined);
  const context = largest ? ` (N=${largest.n.toLocaleString('en')}: ${show(pick(largest)!)})` : '';
  return { id, label, measured: big ? `failed to measure${context}` : `not run at N=10,000${context}`, pass: null };
}

export function evaluateTargets(sizes: SizeResult[], lighthouse: LighthouseResult | undefined): Target[] {
  const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
  const perArticle = (n: number) => sizes.find((size) => size.n === n)?.build?.msPerArticle?.median;
  const coldAt = (n: number): Target => {
    const value = perArticle(n);
    return {
      id: `cold-ms-per-article-${n}`,
      label: `Cold build ≤ 12 ms per article at ${n.toLocaleString('en')} (empty caches, cards included)`,
      measured: value === undefined ? `not run at N=${n.toLocaleString('en')}` : `${value.toFixed(1)} ms`,
      pass: value === undefined ? null : value <= 12,
    };
  };
  const step = (s: SizeResult, name: keyof RebuildResult): RebuildStep | undefined => s.rebuild?.[name];
  const identical = (s: SizeResult) =>
    step(s, 'editParagraph')?.comparedWithCold?.differing.length === 0 &&
    step(s, 'addArticle')?.comparedWithCold?.differing.length === 0;
  const targets: Target[] = [
    coldAt(MID),
    coldAt(BIG),
    atBig(
      sizes,
      'build-memory-10k',
      'Cold build peak memory (process tree RSS) ≤ 2 GB at 10,000',
      (s) => s.build?.peakRssBytes?.max,
      (v) => `${(v / MB).toFixed(0)} MB`,
      (v) => v <= 2 * 1024 * MB,
    ),
    atBig(
      sizes,
      'rebuild-no-change-10k',
      'Rebuild with nothing changed ≤ 15 s at 10,000 (caches kept)',
      (s) => step(s, 'noChange')?.build.totalMs,
      seconds,
      (v) => v <= 15_000,
    ),
    atBig(
      sizes,
      'rebuild-edit-10k',
      'Rebuild after one paragraph edited ≤ 20 s at 10,000 (caches kept)',
      (s) => step(s, 'editParagraph')?.build.totalMs,
      seconds,
      (v) => v <= 20_000,
    ),
    atBig(
      sizes,
      'rebuild-add-10k',
      'Rebuild after one article added ≤ 20 s at 10,000 (caches kept)',
      (s) => step(s, 'addArticle')?.build.totalMs,
      seconds,
      (v) => v <= 20_000,
    ),
  ];
  targets.push(
    atBig(
      sizes,
      'related-10k',
      'Related reading for every article ≤ 5 s of the build at 10,000 (words counted and compared)',
      (s) => (s.related ? s.related.termsMs + s.related.relatedMs : undefined),
      seconds,
      (v) => v <= 5_000,
    ),
  );
  const compared = sizes.filter((s) => s.rebuild?.editParagraph.comparedWithCold);
  targets.push({
    id: 'rebuild-identical',
    label: 'After each edit, the rebuilt dist/ is identical to a cold build of the same content (every N)',
    measured: compared.length
      ? compared.map((s) => `N=${s.n.toLocaleString('en')}: ${identical(s) ? 'identical' : 'differs'}`).join(', ')
      : 'not measured',
    pass: compared.length ? compared.every(identical) : null,
  });
  const huge = sizes.find((size) => size.n === HUGE);
  const big = perArticle(BIG);
  const hugePerArticle = huge?.build?.msPerArticle?.median;
  const hugePeak = huge?.build?.peakRssBytes?.max;
  targets.push({
    id: 'build-50k',
    label: '50,000 articles: ms per article no worse than at 10,000, peak memory ≤ 12 GB',
    measured:
      hugePerArticle !== undefined && big !== undefined && hugePeak !== undefined
        ? `${hugePerArticle.toFixed(1)} vs ${big.toFixed(1)} ms, ${(hugePeak / MB).toFixed(0)} MB`
        : 'needs N=10,000 and N=50,000',
    pass:
      hugePerArticle !== undefined && big !== undefined && hugePeak !== undefined
        ? hugePerArticle <= big && hugePeak <= 12 * 1024 * MB
        : null,
  });
  const pages = sizes.filter((size) => size.page?.js.requests);
  const worst = (pick: (size: SizeResult) => number) =>
    pages.reduce<SizeResult | undefined>(
      (max, size) => (max === undefined || pick(size) > pick(max) ? size : max),
      undefined,
    );
  const requestsOf = (size: SizeResult) => size.page!.js.requests!.median;
  const bytesOf = (size: SizeResult) => size.page!.js.encodedBytes!.median;
  const worstRequests = worst(requestsOf);
  const worstBytes = worst(bytesOf);
  targets.push(
    {
      id: 'article-requests',
      label: 'Article page ≤ 3 requests at any N (JavaScript on)',
      measured: worstRequests
        ? `${requestsOf(worstRequests)} (worst, N=${worstRequests.n.toLocaleString('en')})`
        : 'not measured',
      pass: worstRequests ? pages.every((size) => requestsOf(size) <= 3) : null,
    },
    {
      id: 'article-bytes',
      label: 'Article page ≤ 12 KB compressed at any N (JavaScript on, response bodies)',
      measured: worstBytes
        ? `${kb(bytesOf(worstBytes))} (worst, N=${worstBytes.n.toLocaleString('en')})`
        : 'not measured',
      pass: worstBytes ? pages.every((size) => bytesOf(size) <= 12 * KB) : null,
    },
    atBig(
      sizes,
      'first-search-bytes',
      'First search < 150 KB transferred at 10,000 (site search box)',
      (s) => s.search?.uiColdTransferBytes?.median,
      kb,
      (v) => v < 150 * KB,
    ),
    atBig(
      sizes,
      'first-search-time',
      'First search < 300 ms to rendered results at 10,000 (first keystroke → results)',
      (s) => s.search?.uiColdMs?.median,
      ms,
      (v) => v < 300,
    ),
    atBig(
      sizes,
      'warm-search-ui',
      'Warm query < 50 ms at 10,000 (site box: last keystroke → rendered; no debounce)',
      (s) => s.search?.uiWarmFromLastKeyMs?.median,
      ms,
      (v) => v < 50,
    ),
    atBig(
      sizes,
      'warm-search-api',
      'Warm query < 50 ms at 10,000 (Pagefind API: search + data of 5 results)',
      (s) => s.search?.apiWarmMs?.median,
      ms,
      (v) => v < 50,
    ),
  );
  const article = lighthouse?.pages.article;
  const presets = (['mobile', 'desktop'] as const).filter((preset) => article?.[preset]);
  const below = presets.flatMap((preset) =>
    CATEGORIES.filter((category) => (article![preset]!.scores[category]?.median ?? 0) < 100).map(
      (category) => `${preset} ${category} ${formatNumber(article![preset]!.scores[category]?.median, 1, 0)}`,
    ),
  );
  targets.push({
    id: 'lighthouse-article',
    label: 'Lighthouse 100 in all four categories, article page (mobile and desktop)',
    measured:
      presets.length === 0 ? 'not run' : below.length === 0 ? `100 × 4 (${presets.join(', ')})` : below.join('; '),
    pass: presets.length === 0 ? null : below.length === 0,
  });
  return targets;
}

// ── Markdown ─────────────────────────────────────────────────────────────────

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map((_, index) => (index === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

const size = (dir: DirSize | undefined) =>
  dir ? `${(dir.bytes / MB).toFixed(1)} MB, ${dir.files.toLocaleString('en')} files` : '—';

const REBUILD_NAMES = {
  noChange: 'nothing changed',
  editParagraph: 'one paragraph edited',
  addArticle: 'one article added',
};

function rebuildCell(step: RebuildStep | undefined): string {
  if (!step) return '—';
  const { totalMs, routes, searchParts } = step.build;
  const same = step.comparedWithCold ? (step.comparedWithCold.differing.length ? ', ≠ cold' : ', = cold') : '';
  return `${(totalMs / 1000).toFixed(1)} (${routes.copied}/${routes.written}; ${searchParts.indexed}/${searchParts.total}${same})`;
}

function rebuildPeak(rebuild: RebuildResult | undefined): string {
  if (!rebuild) return '—';
  return Math.max(...Object.values(rebuild).map((step) => step.build.astro.peakRssBytes / MB)).toFixed(0);
}

export function renderMarkdown(report: Report): string {
  const sizes = report.sizes;
  const col = (cell: (size: SizeResult) => string) => sizes.map(cell);
  const rows: string[][] = [
    ['**Build** Astro, s', ...col((s) => formatStat(s.build?.astroMs, 1000))],
    ['**Build** Pagefind, s', ...col((s) => formatStat(s.build?.pagefindMs, 1000, 2))],
    ['**Build** total, s', ...col((s) => formatStat(s.build?.totalMs, 1000))],
    ['**Build** ms per article', ...col((s) => formatStat(s.build?.msPerArticle, 1, 1))],
    ['**Build** peak RSS Astro, MB', ...col((s) => formatStat(s.build?.astroPeakRssBytes, MB, 0))],
    ['**Build** peak RSS Pagefind, MB', ...col((s) => formatStat(s.build?.pagefindPeakRssBytes, MB, 0))],
    ...(['noChange', 'editParagraph', 'addArticle'] as const).map((name) => [
      `**Rebuild** ${REBUILD_NAMES[name]}, s (files from the cache / all; index parts afresh / all)`,
      ...col((s) => rebuildCell(s.rebuild?.[name])),
    ]),
    ['**Rebuild** peak RSS, MB', ...col((s) => rebuildPeak(s.rebuild))],
    ['**Output** dist/', ...col((s) => size(s.build?.dist))],
    ['**Output** dist/pagefind/', ...col((s) => size(s.build?.pagefindDir))],
    ['**Article page, JS on** requests', ...col((s) => formatStat(s.page?.js.requests, 1, 0))],
    ['**Article page, JS on** KB compressed', ...col((s) => formatStat(s.page?.js.encodedBytes, KB))],
    ['**Article page, JS on** KB decoded', ...col((s) => formatStat(s.page?.js.decodedBytes, KB))],
    [
      '**Article page, JS on** by type (requests / KB compressed)',
      ...col(
        (s) =>
          Object.entries(s.page?.js.byType ?? {})
            .map(([type, t]) => `${type} ${formatStat(t.requests, 1, 0)} / ${formatStat(t.encodedBytes, KB)}`)
            .join(', ') || '—',
      ),
    ],
    ['**Article page, JS off** requests', ...col((s) => formatStat(s.page?.noJs.requests, 1, 0))],
    ['**Article page, JS off** KB compressed', ...col((s) => formatStat(s.page?.noJs.encodedBytes, KB))],
    ['**First search, site box** ms (first key → results)', ...col((s) => formatStat(s.search?.uiColdMs, 1, 0))],
    ['**First search, site box** KB transferred', ...col((s) => formatStat(s.search?.uiColdTransferBytes, KB))],
    ['**First search, site box** requests', ...col((s) => formatStat(s.search?.uiColdRequests, 1, 0))],
    [
      '**Warm search, site box** ms (last key → results)',
      ...col((s) => formatStat(s.search?.uiWarmFromLastKeyMs, 1, 0)),
    ],
    [
      `**Warm search, typed at ${PACED_KEY_MS} ms a key** ms (last key → results)`,
      ...col((s) => formatStat(s.search?.uiPacedFromLastKeyMs, 1, 0)),
    ],
    ['**Warm search, site box** ms (first key → results)', ...col((s) => formatStat(s.search?.uiWarmMs, 1, 0))],
    ['**Warm search, site box** KB transferred', ...col((s) => formatStat(s.search?.uiWarmTransferBytes, KB))],
    [
      '**Pagefind API, cold** ms (import + init + search + 5 data)',
      ...col((s) => formatStat(s.search?.apiColdMs, 1, 0)),
    ],
    ['**Pagefind API, cold** KB transferred', ...col((s) => formatStat(s.search?.apiColdTransferBytes, KB))],
    ['**Pagefind API, warm** ms (search + 5 data)', ...col((s) => formatStat(s.search?.apiWarmMs, 1, 0))],
    [
      '**Relevance** paragraph precision@1 (headline lands on the answer paragraph)',
      ...col((s) => (s.relevance ? `${(s.relevance.paragraphAt1 * 100).toFixed(0)} % of ${s.relevance.found}` : '—')),
    ],
    [
      '**Relevance** article precision@1 (top result is the answer article)',
      ...col((s) => (s.relevance ? `${(s.relevance.articleAt1 * 100).toFixed(0)} % of ${s.relevance.queries}` : '—')),
    ],
    ['**Pagefind API, warm** KB transferred', ...col((s) => formatStat(s.search?.apiWarmTransferBytes, KB))],
  ];
  const out: string[] = [];
  const runs = report.options['runs'];
  out.push(`## Broadsheet benchmark, ${report.date} (${report.mode})`, '');
  out.push(
    `Median (min–max) over ${String(runs)} run(s) for page and search, ${String(report.options['buildRuns'])} for builds. KB = 1024 bytes, MB = 1024² bytes.`,
    '',
  );
  out.push(table(['Measure', ...sizes.map((s) => `N=${s.n.toLocaleString('en')}`)], rows), '');
  out.push(
    `Queries: ${sizes.map((s) => `“${s.queries.first}” then “${s.queries.second}”${s.queries.third ? ` (burst), “${s.queries.third}” (paced)` : ''}`)[0] ?? '—'}. Languages: ${sizes
      .map(
        (s) =>
          `N=${s.n}: ${Object.entries(s.languages)
            .map(([lang, count]) => `${lang} ${count}`)
            .join(', ')}`,
      )
      .join('; ')}.`,
    '',
  );
  out.push('### Targets', '');
  out.push(
    table(
      ['Target', 'Measured', 'Result'],
      report.targets.map((t) => [t.label, t.measured, t.pass === null ? 'n/a' : t.pass ? '✅ pass' : '❌ fail']),
    ),
    '',
  );
  if (report.lighthouse) {
    const lh = report.lighthouse;
    const lhRows: string[][] = [];
    for (const [name, page] of Object.entries(lh.pages)) {
      for (const preset of ['mobile', 'desktop'] as const) {
        const s = page[preset];
        if (!s) continue;
        lhRows.push([
          `${name} (${preset})`,
          ...CATEGORIES.map((category) => formatStat(s.scores[category], 1, 0)),
          formatStat(s.lcpMs, 1, 0),
          formatStat(s.tbtMs, 1, 0),
          formatStat(s.cls, 1, 3),
          formatStat(s.totalBytes, KB),
        ]);
      }
    }
    out.push(`### Lighthouse 12 (N=${lh.n.toLocaleString('en')}, median of ${lh.runsPerPreset})`, '');
    out.push(table(['Page', 'Perf.', 'A11y', 'Best pr.', 'SEO', 'LCP ms', 'TBT ms', 'CLS', 'Total KB'], lhRows), '');
    const issues = Object.entries(lh.pages).flatMap(([name, page]) =>
      (['mobile', 'desktop'] as const).flatMap((preset) =>
        (page[preset]?.issues ?? []).map((issue) => ({ name, preset, issue })),
      ),
    );
    if (issues.length > 0) {
      out.push('Audits below a full score:', '');
      for (const { name, preset, issue } of issues) {
        out.push(
          `- ${name} (${preset}) \`${issue.id}\` [${issue.category}] ${issue.title}: score ${issue.score}${issue.displayValue ? `, ${issue.displayValue}` : ''} (${issue.runs} run(s))`,
        );
        for (const detail of issue.details) out.push(`  - ${detail}`);
      }
      out.push('');
    }
  } else out.push('Lighthouse: skipped.', '');
  const m = report.machine;
  out.push(
    `Machine: ${String(m['cpuModel'])}, ${String(m['cores'])} cores, ${formatNumber(Number(m['memoryBytes']), 1024 * MB, 1)} GB RAM, load ${String(m['loadAverage'])} at start; ${String(m['os'])}; Node ${String(m['node'])}; Chromium ${String(m['chromium'])}; Astro ${String(m['astro'])}, Pagefind ${String(m['pagefind'])}, Lighthouse ${String(m['lighthouse'])}.`,
  );
  if (report.errors.length > 0) {
    out.push('', '### Measurements that failed', '');
    for (const error of report.errors) out.push(`- N=${error.n} ${error.step}: ${error.message.split('\n')[0]}`);
  }
  return `${out.join('\n')}\n`;
}
