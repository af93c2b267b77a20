/**
 * Builds the two sites the browser tests use, fresh every run: the real
 * articles plus the test-only fixtures (another language, another year, no
 * subheads), at `/` into `dist/` and at `/news/` into `dist-news/`.
 * `content/` itself is never touched.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const root = new URL('../../', import.meta.url).pathname;
const collection = `${root}test-results/content`;
rmSync(collection, { recursive: true, force: true });
mkdirSync(collection, { recursive: true });
for (const dir of ['content', 'tests/fixtures/content']) {
  for (const file of readdirSync(`${root}${dir}`)) cpSync(`${root}${dir}/${file}`, `${collection}/${file}`);
}

for (const [base, outDir] of [
  ['/', 'dist'],
  ['/news/', 'dist-news'],
]) {
  console.log(`\nBuilding the test site at ${base} into ${outDir}/`);
  execFileSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CONTENT_DIR: collection, BASE_PATH: base, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
