/**
 * Broadsheet benchmark: `npm run bench -- [flags]` (see --help).
 *
 * For each N: generate N synthetic articles into a temp folder, build the
 * site from it (Astro, then Pagefind: time, peak memory, output size), serve
 * the output with gzip on 127.0.0.1 and measure, in Debian's Chromium, the
 * weight of an article page (JavaScript on and off) and the cost of search
 * (the site's own box and the Pagefind API, cold then warm). Lighthouse runs
 * at one N only (the smallest, or --lighthouse-at): its scores do not depend
 * on N, and each run takes tens of seconds.
 *
 * Prints a Markdown table (stdout; progress goes to stderr), writes JSON to
 * tests/bench/results/<YYYY-MM-DD>.json and an SVG chart next to it.
 * Exit code: 0 when every measurement ran (missed targets are reported, not
 * failures), 1 when a measurement failed, 2 with --strict and a missed target.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, freemem, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../support/static-server.ts';
import { CHROMIUM_PATH, launchBrowser } from './browser.ts';
import { chartPoint, renderChart } from './chart.ts';
import { cleanup, installExitHandlers, keepTempDirs, onCleanup, removeDir, trackDir } from './cleanup.ts';
import { generateArticle, generateArticles, loadCorpus, writeArticles } from './generate-articles.ts';
import { measureRebuilds, publishedToday, type RebuildStep } from './measure-rebuild.ts';
import { measureRelated } from './measure-related.ts';
import { measureRelevance, relevanceQueries } from './measure-relevance.ts';
import { measureBuild, type BuildResult } from './measure-build.ts';
import { runLighthouse, type LighthouseRun, type Preset } from './measure-lighthouse.ts';
import { measurePage, type PageWeight } from './measure-page.ts';
import { measureSearchApi, measureSearchUi, type SearchApiResult, type SearchUiResult } from './measure-search.ts';
import {
  evaluateTargets,
  renderMarkdown,
  summariseBuild,
  summariseLighthouse,
  summarisePage,
  summariseSearch,
  type LighthouseResult,
  type MeasureError,
  type Report,
  type SizeResult,
} from './report.ts';
import { KB } from './stats.ts';

const ROOT = resolve(new URL('../../', import.meta.url).pathname);
const RESULTS = join(ROOT, 'tests/bench/results');
const BASE = '/';

const HELP = `Usage: npm run bench -- [flags]   (or: node tests/bench/run.ts [flags] with Node 24)

  --sizes 1,100,1000,10000   numbers of synthetic articles to build and measure
  --runs 3                   repeats of the page and search measures (median, min–max)
  --build-runs <k>           builds per N (default: --runs for N < 10,000, 1 at N ≥ 10,000)
  --skip-lighthouse          no Lighthouse
  --lighthouse-at <N>        the N to run Lighthouse at (default: the smallest size)
  --lighthouse-runs 3        Lighthouse runs per page and preset (median)
  --out <path.json>          JSON output (default: tests/bench/results/<YYYY-MM-DD>.json)
  --chart <path.svg>         chart output (default: chart.svg next to the JSON)
  --strict                   exit 2 when a target is missed
  --smoke                    quick self-check for npm test: N=20, 1 run, no Lighthouse,
                             output to the temp folder; fails only if a measurement fails
  --compare-up-to 10000      compare each rebuild's dist/ with a cold build up to this N (two more cold builds)
  --keep                     keep the temp folder (content and builds) for inspection
  --build-timeout <minutes>  per build step (default 30; 1.5 in --smoke)
  --help
`;

interface Options {
  sizes: number[];
  runs: number;
  buildRuns: number | undefined;
  skipLighthouse: boolean;
  lighthouseAt: number;
  lighthouseRuns: number;
  out: string;
  chart: string;
  strict: boolean;
  smoke: boolean;
  keep: boolean;
  buildTimeoutMs: number;
  compareUpTo: number;
}

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a positive integer, got “${value}”`);
  return n;
}

/** The day the run started: its file name and its `date`, even when it ends after midnight. */
const RUN_DAY = today();

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      sizes: { type: 'string' },
      runs: { type: 'string' },
      'build-runs': { type: 'string' },
      'skip-lighthouse': { type: 'boolean', default: false },
      'lighthouse-at': { type: 'string' },
      'lighthouse-runs': { type: 'string' },
      out: { type: 'string' },
      chart: { type: 'string' },
      strict: { type: 'boolean', default: false },
      smoke: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'build-timeout': { type: 'string' },
      'compare-up-to': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    process.exit(0);
  }
  const smoke = values.smoke;
  const sizes = (values.sizes ?? (smoke ? '20' : '1,100,1000,10000'))
    .split(',')
    .map((value) => positiveInt('sizes', value.trim()));
  const sorted = [...new Set(sizes)].sort((a, b) => a - b);
  const lighthouseAt = values['lighthouse-at'] ? positiveInt('lighthouse-at', values['lighthouse-at']) : sorted[0]!;
  const skipLighthouse = smoke || values['skip-lighthouse'];
  if (!skipLighthouse && !sorted.includes(lighthouseAt))
    throw new Error(`--lighthouse-at ${lighthouseAt} is not one of --sizes ${sorted.join(',')}`);
  const out = resolve(
    values.out ?? (smoke ? join(tmpdir(), 'broadsheet-bench-smoke.json') : join(RESULTS, `${RUN_DAY}.json`)),
  );
  return {
    sizes: sorted,
    runs: values.runs ? positiveInt('runs', values.runs) : smoke ? 1 : 3,
    buildRuns: values['build-runs'] ? positiveInt('build-runs', values['build-runs']) : smoke ? 1 : undefined,
    skipLighthouse,
    lighthouseAt,
    lighthouseRuns: values['lighthouse-runs'] ? positiveInt('lighthouse-runs', values['lighthouse-runs']) : 3,
    out,
    chart: resolve(
      values.chart ?? (smoke ? join(tmpdir(), 'broadsheet-bench-smoke.svg') : join(dirname(out), 'chart.svg')),
    ),
    strict: values.strict,
    smoke,
    keep: values.keep,
    compareUpTo: values['compare-up-to'] ? positiveInt('compare-up-to', values['compare-up-to']) : 10_000,
    buildTimeoutMs: (values['build-timeout'] ? Number(values['build-timeout']) : smoke ? 1.5 : 30) * 60_000,
  };
}

const t0 = performance.now();
function log(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
}

function packageVersion(name: string): string {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

function quiet(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], cwd: ROOT }).trim();
  } catch {
    return '';
  }
}

function machine(browser: Browser | undefined): Record<string, unknown> {
  const osRelease = (() => {
    try {
      return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
    } catch {
      return '';
    }
  })();
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
    freeMemoryBytesAtStart: freemem(),
    loadAverage: loadavg()
      .map((load) => load.toFixed(2))
      .join(' '),
    os: `${osRelease || process.platform}, Linux ${release()}`,
    node: process.version,
    chromium: browser?.version() ?? (quiet(CHROMIUM_PATH, ['--version']) || 'unknown'),
    chromiumPath: CHROMIUM_PATH,
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
    lighthouse: packageVersion('lighthouse'),
    playwrightCore: packageVersion('playwright-core'),
    gitCommit: quiet('git', ['rev-parse', '--short', 'HEAD']) || 'unknown',
  };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  installExitHandlers();
  keepTempDirs(options.keep);
  const startedAt = new Date();
  const work = trackDir(mkdtempSync(join(tmpdir(), 'broadsheet-bench-')));
  log(
    `${options.smoke ? 'smoke run' : 'benchmark'}: N = ${options.sizes.join(', ')}; ${options.runs} run(s); temp folder ${work}`,
  );
  const errors: MeasureError[] = [];
  const sizes: SizeResult[] = [];
  let lighthouse: LighthouseResult | undefined;
  let browser: Browser | undefined;

  for (const n of options.sizes) {
    const fail = (step: string, error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      errors.push({ n, step, message });
      log(`N=${n} ${step} FAILED: ${message}`);
    };
    /** Runs one measurement; a failure is recorded and the bench goes on. */
    const attempt = async <T>(step: string, task: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await task();
      } catch (error) {
        fail(step, error);
        return undefined;
      }
    };

    log(`N=${n}: generating articles`);
    const corpus = generateArticles(n);
    const contentDir = join(work, `content-${n}`);
    const outDir = join(work, `dist-${n}`);
    const cacheDir = join(work, `astro-cache-${n}`);
    writeArticles(contentDir, corpus.articles);
    const languages: Record<string, number> = {};
    for (const article of corpus.articles) languages[article.lang] = (languages[article.lang] ?? 0) + 1;
    const articleUrlPath = `${BASE}articles/${corpus.articles[0]!.id}/`;
    const result: SizeResult = { n, articleUrlPath, queries: corpus.queries, languages };
    sizes.push(result);
    const related = await attempt('related reading', async () => measureRelated(corpus.articles));
    if (related) {
      result.related = related;
      log(
        `N=${n}: related reading: words ${(related.termsMs / 1000).toFixed(2)} s, comparison ${(related.relatedMs / 1000).toFixed(2)} s (${related.withRelated} of ${n} with related articles)`,
      );
    }

    const buildRuns = options.buildRuns ?? (n >= 10_000 ? 1 : options.runs);
    const builds: BuildResult[] = [];
    for (let run = 1; run <= buildRuns; run++) {
      log(`N=${n}: build ${run}/${buildRuns}`);
      const build = await attempt(`build ${run}`, () =>
        measureBuild({ contentDir, outDir, cacheDir, articles: n, timeoutMs: options.buildTimeoutMs }),
      );
      if (build) {
        builds.push(build);
        log(
          `N=${n}: astro ${(build.astro.ms / 1000).toFixed(1)} s, pagefind ${(build.pagefind.ms / 1000).toFixed(2)} s, peak ${(Math.max(build.astro.peakRssBytes, build.pagefind.peakRssBytes) / 2 ** 20).toFixed(0)} MB`,
        );
      }
    }
    if (builds.length === 0) {
      removeDir(cacheDir);
      removeDir(contentDir);
      fail('page, search', new Error('skipped: no successful build'));
      continue;
    }
    result.build = summariseBuild(builds);

    const server = await serveStatic(outDir, BASE, 0, '127.0.0.1');
    const stopServer = onCleanup(() => closeServer(server));
    const address = server.address();
    const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const articleUrl = `${origin}${articleUrlPath}`;
    try {
      browser ??= await launchBrowser();
      const withJs: PageWeight[] = [];
      const withoutJs: PageWeight[] = [];
      const ui: SearchUiResult[] = [];
      const api: SearchApiResult[] = [];
      for (let run = 1; run <= options.runs; run++) {
        log(`N=${n}: page weight and search, run ${run}/${options.runs}`);
        const on = await attempt(`page (JS on) ${run}`, () => measurePage(browser!, articleUrl, true));
        if (on) withJs.push(on);
        const off = await attempt(`page (JS off) ${run}`, () => measurePage(browser!, articleUrl, false));
        if (off) withoutJs.push(off);
        const box = await attempt(`search (site box) ${run}`, () =>
          measureSearchUi(browser!, articleUrl, corpus.queries),
        );
        if (box) ui.push(box);
        const bare = await attempt(`search (Pagefind API) ${run}`, () =>
          measureSearchApi(browser!, articleUrl, BASE, corpus.queries),
        );
        if (bare) api.push(bare);
        if (box && bare)
          log(
            `N=${n}: first search ${box.cold.ms.toFixed(0)} ms / ${(box.cold.transferBytes / KB).toFixed(1)} KB; API cold ${bare.cold.ms.toFixed(0)} ms, warm ${bare.warm.ms.toFixed(0)} ms`,
          );
      }
      const relevance = await attempt('relevance', () =>
        measureRelevance(browser!, `${origin}${BASE}search/`, relevanceQueries(outDir, Math.min(40, n))),
      );
      if (relevance) {
        result.relevance = relevance;
        log(
          `N=${n}: paragraph precision@1 ${(relevance.paragraphAt1 * 100).toFixed(0)} %, article precision@1 ${(relevance.articleAt1 * 100).toFixed(0)} % over ${relevance.queries} queries`,
        );
      }
      if (withJs.length > 0 || withoutJs.length > 0)
        result.page = { js: summarisePage(withJs), noJs: summarisePage(withoutJs) };
      if (ui.length > 0 || api.length > 0) result.search = summariseSearch(ui, api);

      if (!options.skipLighthouse && n === options.lighthouseAt) {
        const pages = { home: `${origin}${BASE}`, article: articleUrl };
        lighthouse = {
          n,
          runsPerPreset: options.lighthouseRuns,
          pages: { home: { url: pages.home }, article: { url: pages.article } },
        };
        for (const [name, url] of Object.entries(pages) as ['home' | 'article', string][]) {
          for (const preset of ['mobile', 'desktop'] as Preset[]) {
            const runs: LighthouseRun[] = [];
            for (let run = 1; run <= options.lighthouseRuns; run++) {
              log(`N=${n}: Lighthouse ${name} ${preset} ${run}/${options.lighthouseRuns}`);
              const lh = await attempt(`lighthouse ${name} ${preset} ${run}`, () => runLighthouse(url, preset));
              if (lh) runs.push(lh);
            }
            if (runs.length > 0) lighthouse.pages[name][preset] = summariseLighthouse(runs);
          }
        }
      }
    } catch (error) {
      fail('browser', error);
    } finally {
      await stopServer();
    }

    // On top of the last cold build: its output and caches are those a newsroom keeps.
    log(`N=${n}: rebuilds (nothing changed; one paragraph edited; one article added), each edit against a cold build`);
    const rebuild = await attempt('rebuild', () =>
      measureRebuilds(
        {
          contentDir,
          outDir,
          cacheDir,
          coldOutDir: join(work, `dist-cold-${n}`),
          coldCacheDir: join(work, `cache-cold-${n}`),
        },
        n,
        corpus.articles[Math.floor(n / 2)]!,
        publishedToday(generateArticle(n, loadCorpus())),
        options.buildTimeoutMs,
        n <= options.compareUpTo,
      ),
    );
    if (rebuild) {
      result.rebuild = rebuild;
      const line = (step: RebuildStep) =>
        `${(step.build.totalMs / 1000).toFixed(1)} s (${step.build.routes.copied} of ${step.build.routes.written} files from the cache, ${step.build.searchParts.indexed} of ${step.build.searchParts.total} index parts afresh)`;
      log(
        `N=${n}: rebuild nothing changed ${line(rebuild.noChange)}; one edit ${line(rebuild.editParagraph)}; one added ${line(rebuild.addArticle)}; ${n <= options.compareUpTo ? 'both edits identical to a cold build' : 'not compared with a cold build'}`,
      );
    }
    removeDir(outDir);
    removeDir(cacheDir);
    removeDir(contentDir);
  }

  const report: Report = {
    schemaVersion: 1,
    date: RUN_DAY,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - t0),
    mode: options.smoke ? 'smoke' : 'full',
    options: {
      sizes: options.sizes,
      runs: options.runs,
      buildRuns: options.buildRuns ?? `${options.runs} per N below 10,000, 1 at N ≥ 10,000`,
      lighthouse: options.skipLighthouse ? 'skipped' : { at: options.lighthouseAt, runs: options.lighthouseRuns },
      strict: options.strict,
      seedNote: 'articles from tests/bench/generate-articles.ts (DEFAULT_SEED); same N → same files',
    },
    machine: machine(browser),
    sizes,
    ...(lighthouse ? { lighthouse } : {}),
    targets: evaluateTargets(sizes, lighthouse),
    errors,
  };
  await cleanup();
  report.durationMs = Math.round(performance.now() - t0);

  mkdirSync(dirname(options.out), { recursive: true });
  writeFileSync(options.out, `${JSON.stringify(report, null, 2)}\n`);
  mkdirSync(dirname(options.chart), { recursive: true });
  writeFileSync(
    options.chart,
    renderChart(
      sizes.map(chartPoint),
      `${report.date} · ${String(report.machine['cores'])} cores · ${String(report.machine['cpuModel'])} · Node ${process.version}`,
    ),
  );
  process.stdout.write(renderMarkdown(report));
  const shown = (path: string) => (path.startsWith(ROOT) ? relative(ROOT, path) : path);
  log(`wrote ${shown(options.out)} and ${shown(options.chart)} in ${(report.durationMs / 1000).toFixed(1)} s`);

  if (errors.length > 0) {
    log(`${errors.length} measurement(s) failed`);
    return 1;
  }
  const missed = report.targets.filter((target) => target.pass === false);
  if (options.strict && missed.length > 0) {
    log(`--strict: ${missed.length} target(s) missed`);
    return 2;
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  async (error: unknown) => {
    process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await cleanup();
    process.exitCode = 1;
  },
);
