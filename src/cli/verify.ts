/**
 * `npm run verify`: read a built site and fail, listing every problem, if an
 * article lost its page, a paragraph, its place in search, or if a page has
 * clashing ids, broken internal links or invalid HTML.
 *
 *   node src/cli/verify.ts [--dist dist] [--content content] [--base /]
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { normalizeBase } from '../lib/base-path.ts';
import { checkHtml } from '../lib/verify/check-html.ts';
import { checkIds } from '../lib/verify/check-ids.ts';
import { checkLinks } from '../lib/verify/check-links.ts';
import { checkPages } from '../lib/verify/check-pages.ts';
import { checkParagraphs } from '../lib/verify/check-paragraphs.ts';
import { checkSearchIndex, readSearchIndex } from '../lib/verify/check-search-index.ts';
import { readArticles } from '../lib/verify/read-articles.ts';
import { readSite } from '../lib/verify/read-site.ts';
import { formatReport } from '../lib/verify/report.ts';

const usage = 'usage: node src/cli/verify.ts [--dist dist] [--content content] [--base /]';
// Defaults come from the variables the build reads (astro.config.mjs,
// src/content.config.ts), so `OUT_DIR=x BASE_PATH=/news/ npm run verify` checks what that build made.
const options = {
  dist: { type: 'string', default: process.env['OUT_DIR'] || 'dist' },
  content: { type: 'string', default: process.env['CONTENT_DIR'] || 'content' },
  base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
} as const;
/** Stop before checking anything: the command itself is wrong. */
function fail(message: string): never {
  console.error(`verify: ${message}`);
  process.exit(1);
}

let values: { dist: string; content: string; base: string };
try {
  values = parseArgs({ options }).values;
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const dist = values.dist.replace(/\/+$/, '');
const base = normalizeBase(values.base);
if (!existsSync(dist)) fail(`--dist ${dist} does not exist (run \`npm run build\` first)`);
if (!existsSync(values.content)) fail(`--content ${values.content} does not exist`);

const site = readSite(dist, base);
const articles = readArticles(values.content);
const results = [
  checkPages(site, articles),
  checkSearchIndex(readSearchIndex(dist), articles),
  checkParagraphs(site, articles),
  checkIds(site),
  checkLinks(site),
  await checkHtml(site.pages),
];
const published = articles.filter((article) => !article.draft).length;
const links = results.find((result) => result.name === 'links')?.checked ?? 0;
console.log(formatReport(results, { dist, pages: site.pages.length, articles: published, links }));
process.exitCode = results.some((result) => result.problems.length > 0) ? 1 : 0;
