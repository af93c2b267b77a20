import { withBase } from '../paths.ts';
import { segmentsMatch } from './headers-file.ts';

/** One rule of a `_headers` file: the headers sent for every path it matches. */
export interface HeaderRule {
  /** `/news/*` (the folder and all beneath), `/news/rss.xml` (that path), `/news/pagefind-archive/:part/index/*` (any one segment). */
  path: string;
  headers: Record<string, string>;
}

/** What the rules are made from: the built site's files and its pages' policy. */
export interface SiteFiles {
  /** `BASE_PATH`: `/` or `/news/`. */
  base: string;
  /** The Content-Security-Policy of every page (src/lib/deploy/csp-union.ts). */
  csp: string;
  /** Every file of the build, relative to it, with `/` between folders. */
  files: readonly string[];
  /** The folders holding one Pagefind index each, relative to the build (`pagefind/`, `pagefind-archive/2023/`). */
  indexes: readonly string[];
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Cached, but asked again every time (an unchanged file costs a 304): a correction is read at once. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Browser features an article never uses. Not the clipboard (copying a paragraph link) nor `web-share`. */
const UNUSED_FEATURES = [
  'accelerometer',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
];

/** Content types stock servers get wrong or leave out (nginx's list has no `.webmanifest`, nobody's has Pagefind's). */
const CONTENT_TYPES: Record<string, string> = {
  webmanifest: 'application/manifest+json',
  wasm: 'application/wasm',
  pagefind: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
};

/** Pagefind names these files by their content, in folders of their own (and `*.pf_meta` by hash). */
const HASHED_INDEX_FOLDERS = ['fragment/', 'index/', 'filter/'];

/**
 * The headers of a built site, as rules no two of which set the same header
 * for one path (Cloudflare joins such values with a comma; Netlify keeps the
 * last): the security headers for everything, then each file's caching and
 * content type from exactly one rule.
 */
export function headerRules({ base, csp, files, indexes }: SiteFiles): HeaderRule[] {
  const at = (path: string) => withBase(base, path);
  const rules: HeaderRule[] = [
    {
      path: at('*'),
      headers: {
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
        'Permissions-Policy': UNUSED_FEATURES.map((feature) => `${feature}=()`).join(', '),
      },
    },
  ];
  const byPath = new Map<string, Record<string, string>>();
  const add = (path: string, headers: Record<string, string>) =>
    byPath.set(at(path), { ...byPath.get(at(path)), ...headers });
  // An archive of many years has one index a year, laid out alike: one rule covers them all.
  const pattern = (index: string) => (sharedParent(index, indexes) ? index.replace(/[^/]+\/$/, ':part/') : index);
  for (const file of files) {
    if (file === '_headers') continue;
    const type = CONTENT_TYPES[file.slice(file.lastIndexOf('.') + 1)];
    const typed = type ? { 'Content-Type': type } : {};
    const index = indexes.find((folder) => file.startsWith(folder));
    const top = file.split('/')[0]!;
    if (top === '_astro') add('_astro/*', { 'Cache-Control': IMMUTABLE });
    else if (index) {
      const rest = file.slice(index.length);
      const folder = HASHED_INDEX_FOLDERS.find((name) => rest.startsWith(name));
      if (folder) add(`${pattern(index)}${folder}*`, { 'Cache-Control': IMMUTABLE, ...typed });
      else if (rest.endsWith('.pf_meta')) add(file, { 'Cache-Control': IMMUTABLE, ...typed });
      else add(`${pattern(index)}${rest}`, { 'Cache-Control': REVALIDATE, ...typed });
    } else if (file.includes('/')) add(`${top}/*`, { 'Cache-Control': REVALIDATE });
    else {
      add(file, { 'Cache-Control': REVALIDATE, ...typed });
      // The home page is asked for as its folder, and served as its index.html.
      if (file === 'index.html') add('', { 'Cache-Control': REVALIDATE });
    }
  }
  const paths = [...byPath.keys()].sort((a, b) => a.localeCompare(b, 'en'));
  for (const path of paths) rules.push({ path, headers: byPath.get(path)! });
  const split = rules.map((rule) => ({ rule, want: rule.path.split('/') }));
  for (const file of files) assertOneValue(split, at(file));
  return rules;
}

/** Whether the folder is one of several index folders under one parent (the archive's years). */
function sharedParent(folder: string, indexes: readonly string[]): boolean {
  const parent = folder.replace(/[^/]+\/$/, '');
  return parent !== '' && indexes.filter((other) => other.startsWith(parent)).length > 1;
}

/** Two rules setting one header for one path would send both values joined: a mistake in these rules, never in the content. */
function assertOneValue(rules: readonly { rule: HeaderRule; want: string[] }[], path: string): void {
  const setBy = new Map<string, string>();
  const have = path.split('/');
  for (const { rule, want } of rules) {
    if (!segmentsMatch(want, have)) continue;
    for (const name of Object.keys(rule.headers)) {
      const other = setBy.get(name);
      if (other) throw new Error(`_headers: ${path} gets ${name} from both ${other} and ${rule.path}`);
      setBy.set(name, rule.path);
    }
  }
}
