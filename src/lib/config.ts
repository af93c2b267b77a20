/**
 * Every setting the build reads from the environment, read and checked in
 * one place (astro.config.mjs, the content collection, the search index,
 * `npm run verify` all ask here). A bad value stops the build naming the
 * variable, rather than producing a site that half works.
 */
export interface Config {
  /** `SITE_URL`: the deployed origin, for canonical links, feeds and previews. */
  site: string;
  /** `BASE_PATH`: the folder the site is served from, with both slashes (`/`, `/news/`). */
  base: string;
  /** `OUT_DIR`: where the build goes. */
  outDir: string;
  /** `CONTENT_DIR`: the folder of articles. */
  contentDir: string;
  /** `CACHE_DIR`: Astro's cache (the content store, the article list), kept between builds. */
  cacheDir: string;
  /** `IMAGE_ORIGINS`: origins besides our own that article images may load from (the CSP's `img-src`). */
  imageOrigins: string[];
  /** `SEARCH_RECENT_ARTICLES`: articles in the newest search bundle. */
  recentArticles: number;
  /**
   * `PARAGRAPH_RECORD`: `write` updates the record of published paragraph ids
   * as articles render; `read` uses it as committed. Default: `read` when `CI`
   * is set, `write` otherwise.
   */
  writeRecords: boolean;
}

export type Env = Record<string, string | undefined>;

export const DEFAULT_SITE = 'http://localhost:4321';
export const DEFAULT_RECENT_ARTICLES = 500;

/** The configuration, or an Error listing every variable that is wrong. */
export function readConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const site = env['SITE_URL']?.trim() || DEFAULT_SITE;
  if (!isOrigin(site, true))
    problems.push(`SITE_URL: "${site}" is not an http(s) URL such as https://news.example.org`);
  const imageOrigins = (env['IMAGE_ORIGINS'] ?? '').split(/[\s,]+/).filter(Boolean);
  for (const origin of imageOrigins) {
    if (!isOrigin(origin, false))
      problems.push(
        `IMAGE_ORIGINS: "${origin}" is not an origin such as https://img.example.org (scheme and host, no path)`,
      );
  }
  const recent = env['SEARCH_RECENT_ARTICLES']?.trim() || String(DEFAULT_RECENT_ARTICLES);
  const recentArticles = Number(recent);
  if (!Number.isInteger(recentArticles) || recentArticles < 1)
    problems.push(`SEARCH_RECENT_ARTICLES: "${recent}" must be a whole number above 0`);
  const recordMode = env['PARAGRAPH_RECORD']?.trim() || (isSet(env['CI']) ? 'read' : 'write');
  if (recordMode !== 'read' && recordMode !== 'write')
    problems.push(`PARAGRAPH_RECORD: "${recordMode}" must be read or write`);
  if (problems.length) throw new Error(`Broadsheet's settings are wrong:\n  ${problems.join('\n  ')}`);
  return {
    site,
    base: normalizeBase(env['BASE_PATH']),
    outDir: env['OUT_DIR']?.trim() || 'dist',
    contentDir: env['CONTENT_DIR']?.trim() || 'content',
    cacheDir: env['CACHE_DIR']?.trim() || 'node_modules/.astro',
    imageOrigins: imageOrigins.map((origin) => new URL(origin).origin),
    recentArticles,
    writeRecords: recordMode === 'write',
  };
}

/** `BASE_PATH` as Astro wants it: leading and trailing slash, `/` when unset. */
export function normalizeBase(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A warning for a build meant for deployment (`CI` set) that still points
 * its canonical links, feed and social cards at localhost.
 */
export function siteUrlWarning(env: Env = process.env): string | undefined {
  if (!isSet(env['CI']) || env['SITE_URL']?.trim()) return undefined;
  return `SITE_URL is not set: canonical links, the RSS feed, the sitemap and link previews will point at ${DEFAULT_SITE}. Set SITE_URL to the address the site is deployed at.`;
}

/**
 * Names Vite and Astro give `import.meta.env` from the config. Astro copies
 * every other environment variable into `import.meta.env` of server code,
 * and one of these names set in the shell (a CI's `BASE_URL`, a test
 * runner's `MODE`) would win: every link of a site under `/news/` built
 * with `BASE_URL=/` would miss its base, and no check would fail.
 */
export const BUILD_OWN_ENV = ['BASE_URL', 'SITE', 'ASSETS_PREFIX', 'MODE', 'DEV', 'PROD', 'SSR'] as const;

/** Which of those names the environment sets, with a warning for each: the build ignores them. */
export function shadowingEnv(env: Env = process.env): { name: string; warning: string }[] {
  return BUILD_OWN_ENV.filter((name) => env[name] !== undefined).map((name) => ({
    name,
    warning: `${name} is set in the environment ("${env[name]}"); it is ignored, since it would replace the build's own import.meta.env.${name}${name === 'BASE_URL' ? ' (set the base path with BASE_PATH)' : ''}.`,
  }));
}

/** An environment flag that is on: set, and not `false` or `0`. */
function isSet(value: string | undefined): boolean {
  return Boolean(value) && value !== 'false' && value !== '0';
}

function isOrigin(value: string, pathAllowed: boolean): boolean {
  try {
    const url = new URL(value);
    return (
      /^https?:$/.test(url.protocol) &&
      (pathAllowed || (url.pathname === '/' && !url.search && !url.hash && !value.endsWith('/')))
    );
  } catch {
    return false;
  }
}
