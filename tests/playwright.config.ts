import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS as args, CHROMIUM_PATH as executablePath } from './support/chromium';
import { ENGINES, type Engine } from './support/engines/reader';

if (!existsSync(executablePath)) {
  throw new Error(
    `Chromium not found at ${executablePath}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

const sites = [
  { name: 'root', port: 4411, base: '/', outDir: 'dist' },
  { name: 'news', port: 4412, base: '/news/', outDir: 'dist-news' },
  { name: 'scale', port: 4413, base: '/', outDir: 'dist-scale' },
];

export default defineConfig<object, { engine: Engine }>({
  testDir: './e2e',
  outputDir: '../test-results/playwright',
  fullyParallel: true,
  ...(process.env['CI'] ? { workers: 2 } : {}),
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args },
    // Recording a trace costs a fifth of the suite's time on 2 cores; CI keeps only the log, so it records none.
    trace: process.env['CI'] ? 'off' : 'retain-on-failure',
  },
  projects: [
    // The full suite, in Chromium (Playwright's own driver), on the site at /.
    {
      name: 'root',
      use: { baseURL: 'http://localhost:4411/' },
      testIgnore: [/journeys\//, /scale\//, /search-archive\.spec\.ts$/],
    },
    // Under /news/, what depends on the base path: addresses, search results,
    // feeds and previews; and the archive bundle, which only this build has
    // (it splits its index after 3 articles). The header search journey and
    // the 404 page under /news/ run behind nginx (nginx.spec.ts).
    {
      name: 'news',
      use: { baseURL: 'http://localhost:4412/news/' },
      testMatch: /\/(search-archive|search-truth|publishing|feed|no-javascript|news-desk)\.spec\.ts$/,
      testIgnore: /journeys\//,
    },
    // Search at 1,000 articles: counts against the built pages, every result reachable.
    { name: 'scale', use: { baseURL: 'http://localhost:4413/' }, testMatch: /scale\/.*\.spec\.ts$/ },
    // The journeys that matter most to a reader, in every engine (tests/e2e/journeys/fixtures.ts).
    ...ENGINES.map((engine) => ({ name: engine, testMatch: /journeys\/.*\.spec\.ts$/, use: { engine } })),
  ],
  // `npm run test:e2e` builds both sites first; here they are only served
  // (not with `astro preview`, which allows one server a project at a time).
  webServer: sites.map((site) => ({
    command: `node tests/support/static-server.ts --dir ${site.outDir} --base ${site.base} --port ${site.port}`,
    url: `http://localhost:${site.port}${site.base}`,
    cwd: '..',
    reuseExistingServer: false,
    timeout: 30_000,
  })),
});
