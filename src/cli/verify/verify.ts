/**
 * `npm run verify`: read a built site and fail, listing every problem, if an
 * article lost its page, a paragraph, its place in search, or if a page has
 * clashing ids, broken internal links or invalid HTML.
 *
 *   node src/cli/verify/verify.ts [--dist dist] [--content content] [--base /] [--skip-nu]
 *
 * The W3C Nu checker runs on Java; `--skip-nu` leaves it out (and says so).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { normalizeBase, readConfig } from '../../lib/config.ts';
import { checkHtml } from './check-html.ts';
import { checkIds } from './check-ids.ts';
import { checkImages } from './check-images.ts';
import { checkLinks } from './check-links.ts';
import { checkNu, runNu } from './check-nu.ts';
import { checkAuthors } from './check-authors.ts';
import { checkPages } from './check-pages.ts';
import { checkPolicy } from './check-policy.ts';
import { checkParagraphIds } from './check-paragraph-ids.ts';
import { checkParagraphs } from './check-paragraphs.ts';
import { checkSearchIndex, readSearchIndex } from './check-search-index.ts';
import { readArticles, readAuthorFiles } from './read-articles.ts';
import { readSite } from './read-site.ts';
import { formatReport } from './report.ts';

/** Stop before checking anything: the command itself is wrong. */
function fail(message: string): never {
  console.error(`verify: ${message}`);
  process.exit(1);
}

const usage = 'usage: node src/cli/verify/verify.ts [--dist dist] [--content content] [--base /] [--skip-nu]';
// Defaults come from the settings the build reads (src/lib/config.ts), so
// `OUT_DIR=x BASE_PATH=/news/ npm run verify` checks what that build made.
const config = (() => {
  try {
    return readConfig();
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const options = {
  dist: { type: 'string', default: config.outDir },
  content: { type: 'string', default: config.contentDir },
  base: { type: 'string', default: config.base },
  'skip-nu': { type: 'boolean', default: false },
} as const;

let values: { dist: string; content: string; base: string; 'skip-nu': boolean };
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
  checkAuthors(site, readAuthorFiles(values.content)),
  checkSearchIndex(readSearchIndex(dist), articles),
  checkParagraphs(site, articles),
  checkParagraphIds(site, articles, values.content),
  checkIds(site),
  checkPolicy(site),
  checkLinks(site),
  checkImages(site, articles, config.site),
  await checkHtml(site.pages),
];
if (values['skip-nu']) console.log('- nu: skipped (--skip-nu)');
else results.push(checkNu(site, await runNu(dist).catch((error: Error) => fail(error.message))));
const published = articles.filter((article) => !article.draft).length;
const links = results.find((result) => result.name === 'links')?.checked ?? 0;
console.log(formatReport(results, { dist, pages: site.pages.length, articles: published, links }));
process.exitCode = results.some((result) => result.problems.length > 0) ? 1 : 0;
