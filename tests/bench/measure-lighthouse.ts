/**
 * Lighthouse (node API, v12) on one URL with the mobile (default) or desktop
 * preset, against a Debian Chromium started here with a remote-debugging
 * port: one fresh browser and profile per run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './browser.ts';
import { killGroup, removeDir, trackDir, trackGroup } from './cleanup.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Preset = 'mobile' | 'desktop';

export interface AuditIssue {
  id: string;
  title: string;
  category: Category;
  score: number;
  displayValue?: string;
  /** A few of the audit's items (selector, snippet, url…), as text. */
  details: string[];
}

export interface LighthouseRun {
  /** 0–100, or NaN when Lighthouse could not score the category. */
  scores: Record<Category, number>;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  /** Scored audits below 1 in the four categories. */
  issues: AuditIssue[];
  /** Where main-thread time went (long tasks, script boot-up, work by kind): leads for TBT. */
  diagnostics: Record<string, string[]>;
  warnings: string[];
}

const DIAGNOSTICS = ['long-tasks', 'bootup-time', 'mainthread-work-breakdown', 'layout-shifts'];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface DebuggableChromium {
  port: number;
  pid: number;
  profile: string;
  child: ChildProcess;
}

async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  const port = await freePort();
  const profile = trackDir(mkdtempSync(join(tmpdir(), 'broadsheet-bench-lh-profile-')));
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_FLAGS,
      '--headless=new',
      `--remote-debugging-port=${port}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { detached: true, stdio: 'ignore' },
  );
  if (child.pid === undefined) throw new Error(`Could not start ${CHROMIUM_PATH}`);
  const pid = child.pid;
  trackGroup(pid);
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Chromium exited (${child.exitCode}) before its DevTools port opened`);
    const ready = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { port, pid, profile, child };
    await new Promise((done) => setTimeout(done, 100));
  }
  killGroup(pid);
  throw new Error('Chromium did not open its DevTools port within 20 s');
}

/** SIGTERM first, so Chromium ends and reaps its own helpers; then anything left in its group. */
async function stopChromium(chrome: DebuggableChromium): Promise<void> {
  if (chrome.child.exitCode === null && chrome.child.signalCode === null) {
    const exited = new Promise((done) => chrome.child.once('exit', done));
    chrome.child.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
  }
  killGroup(chrome.pid);
  removeDir(chrome.profile);
}

interface AuditLike {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
  numericValue?: number;
  details?: { items?: unknown[] };
}

function describeItem(item: unknown): string {
  if (!item || typeof item !== 'object') return String(item);
  const record = item as Record<string, unknown>;
  const node = record['node'] as Record<string, unknown> | undefined;
  const parts = [
    node?.['selector'],
    node?.['snippet'],
    node?.['explanation'],
    record['url'],
    record['source'] && typeof record['source'] === 'object'
      ? (record['source'] as Record<string, unknown>)['url']
      : record['source'],
    record['description'],
    record['label'],
    record['groupLabel'],
    record['value'] && typeof record['value'] !== 'object' ? record['value'] : undefined,
    ...['duration', 'startTime', 'total', 'scripting', 'scriptParseCompile', 'score'].map((key) =>
      typeof record[key] === 'number' ? `${key} ${Math.round((record[key] as number) * 1000) / 1000}` : undefined,
    ),
  ].filter((part): part is string | number => typeof part === 'string' || typeof part === 'number');
  return (parts.length > 0 ? parts.join(' | ') : JSON.stringify(item)).slice(0, 400);
}

export async function runLighthouse(url: string, preset: Preset): Promise<LighthouseRun> {
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const chrome = await launchDebuggableChromium();
  try {
    const result = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      preset === 'desktop' ? desktopConfig : undefined,
    );
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const audits = lhr.audits as unknown as Record<string, AuditLike>;
    const numeric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
    const scores = {} as Record<Category, number>;
    const issues: AuditIssue[] = [];
    for (const category of CATEGORIES) {
      const entry = lhr.categories[category];
      scores[category] =
        entry?.score === null || entry?.score === undefined ? Number.NaN : Math.round(entry.score * 100);
      for (const ref of entry?.auditRefs ?? []) {
        const audit = audits[ref.id];
        if (!audit || audit.score === null || audit.score >= 1) continue;
        if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
        issues.push({
          id: audit.id,
          title: audit.title,
          category,
          score: audit.score,
          ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
          details: (audit.details?.items ?? []).slice(0, 5).map(describeItem),
        });
      }
    }
    return {
      scores,
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
      totalBytes: numeric('total-byte-weight'),
      issues,
      diagnostics: Object.fromEntries(
        DIAGNOSTICS.filter((id) => audits[id]).map((id) => [
          id,
          (audits[id]!.details?.items ?? []).slice(0, 5).map(describeItem),
        ]),
      ),
      warnings: lhr.runWarnings.map(String),
    };
  } finally {
    await stopChromium(chrome);
  }
}
