import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Site } from './read-site.ts';
import { plural, type CheckResult, type Problem } from './types.ts';

/** One message of the Nu checker's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

/**
 * Messages that are the checker's gaps, not our faults: its CSS validator
 * predates features every engine we test ships. Each is matched exactly, and
 * `at` is the page's source around the reported place.
 */
const CHECKER_GAPS: { why: string; matches: (message: NuMessage, at: string) => boolean }[] = [
  {
    // Scroll-driven animations (CSS Animations 2) drive the reading-progress bar.
    why: 'animation-timeline',
    matches: ({ message }) => message === "CSS: “animation-timeline”: Property “animation-timeline” doesn't exist.",
  },
  {
    // The same feature, once the minifier folds `animation-timeline: scroll(root)` into the `animation` shorthand.
    why: 'scroll() timeline',
    matches: ({ message }) => /^CSS: “animation”: “scroll\([a-z ]*\)” is not a “animation” value\.$/.test(message),
  },
  {
    // The CSS Custom Highlight API's `::highlight()` pseudo-element, which paints the search words.
    why: '::highlight()',
    matches: ({ message }, at) => message === 'CSS: Parse Error.' && at.includes('::highlight('),
  },
];

const jar = String(createRequire(import.meta.url)('vnu-jar'));

/** Run the W3C Nu HTML checker on every HTML file of the site at once, errors only. */
export function runNu(dist: string, java = 'java'): Promise<NuMessage[]> {
  return new Promise((done, fail) => {
    execFile(
      java,
      ['-Xss1024k', '-jar', jar, '--errors-only', '--skip-non-html', '--format', 'json', dist],
      { maxBuffer: 1 << 30 },
      (error, _stdout, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          return fail(
            new Error(
              `"${java}" not found: the Nu checker runs on Java (Debian: apt-get install default-jre-headless); or pass --skip-nu`,
              { cause: error },
            ),
          );
        }
        try {
          done((JSON.parse(stderr) as { messages: NuMessage[] }).messages);
        } catch (cause) {
          fail(
            new Error(`the Nu checker did not answer in JSON: ${stderr.slice(0, 500) || error?.message}`, { cause }),
          );
        }
      },
    );
  });
}

/** Every Nu checker error on every page is a problem, but for the checker's own gaps listed above. */
export function checkNu(site: Site, messages: NuMessage[]): CheckResult {
  const sources = new Map(site.pages.map((page) => [resolve(site.dist, page.path), page.source]));
  const problems: Problem[] = [];
  for (const message of messages) {
    const path = message.url?.startsWith('file:') ? fileURLToPath(message.url) : undefined;
    const file = path ? `${site.dist}/${relative(resolve(site.dist), path)}` : site.dist;
    const at = around(path ? sources.get(path) : undefined, message);
    if (CHECKER_GAPS.some((gap) => gap.matches(message, at))) continue;
    const subType = message.subType ? ` ${message.subType}` : '';
    problems.push({
      file,
      ...(message.lastLine === undefined
        ? {}
        : { line: message.lastLine, column: message.firstColumn ?? message.lastColumn }),
      message: `Nu ${message.type}${subType}: ${message.message}`,
    });
  }
  return {
    name: 'nu',
    checked: site.pages.length,
    summary: `${plural(site.pages.length, 'page')} through the W3C Nu checker`,
    problems,
  };
}

/** Forty characters of the source before the reported place and ten after. */
function around(source: string | undefined, message: NuMessage): string {
  if (!source || message.lastLine === undefined) return '';
  const line = source.split('\n')[message.lastLine - 1] ?? '';
  const column = message.lastColumn ?? message.firstColumn ?? 0;
  return line.slice(Math.max(0, column - 40), column + 10);
}
