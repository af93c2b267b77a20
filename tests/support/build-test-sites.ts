/**
 * Builds the sites the browser tests use, fresh every run: the real articles
 * plus the test-only fixtures (other languages and scripts, other years,
 * hostile HTML, edge cases for ids, a 50,000-word article), at `/` into
 * `dist/` and at `/news/` into `dist-news/`; and 1,000 generated articles
 * (the benchmark's, seeded) into `dist-scale/`, where search must count and
 * reach every result. `content/` itself is never touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { generateArticles, writeArticles } from '../bench/generate-articles.ts';
import { longArticle } from './long-article.ts';

const root = new URL('../../', import.meta.url).pathname;
const collection = `${root}test-results/content`;
rmSync(collection, { recursive: true, force: true });
mkdirSync(collection, { recursive: true });
for (const dir of ['content', 'tests/fixtures/content']) {
  // Their records of published paragraph ids (.paragraph-ids/) come along.
  for (const file of readdirSync(`${root}${dir}`))
    cpSync(`${root}${dir}/${file}`, `${collection}/${file}`, { recursive: true });
}
// Generated, not committed: 300 KB of repetitive text says nothing in a diff.
writeFileSync(`${collection}/harbour-inquiry-long-read.md`, longArticle());

// The site under /news/ splits its index as a large archive would: the 3
// newest articles in the first bundle, the rest in the archive's.
const scale = `${root}test-results/content-scale`;
rmSync(scale, { recursive: true, force: true });
writeArticles(scale, generateArticles(1000).articles);

for (const [base, outDir, content, recent, cache] of [
  ['/', 'dist', collection, '', ''],
  ['/news/', 'dist-news', collection, '3', ''],
  // A cache of its own, so the two builds above keep theirs warm.
  ['/', 'dist-scale', scale, '', `${root}test-results/cache-scale`],
]) {
  console.log(`\nBuilding the test site at ${base} into ${outDir}/`);
  execFileSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      CONTENT_DIR: content,
      BASE_PATH: base,
      OUT_DIR: outDir,
      SEARCH_RECENT_ARTICLES: recent,
      // A scratch copy of the content: its records may be written, in CI too.
      PARAGRAPH_RECORD: 'write',
      CACHE_DIR: cache,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
}
