import { fileOf } from '../../lib/paths.ts';
import { fragmentTargets } from './check-ids.ts';
import { isExternal, references } from './page-references.ts';
import { urlPathOf, type Site } from './read-site.ts';
import { plural, type CheckResult, type Problem } from './types.ts';

/**
 * Why a reference from the page at `from` does not resolve in the site, or
 * `undefined` if it does (or points to another origin, which is not ours to check).
 */
export function brokenReason(
  site: Site,
  from: string,
  url: string,
  targets: (path: string) => Set<string>,
): string | undefined {
  if (isExternal(url)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(url.trim(), `https://site.invalid${urlPathOf(from, site.base)}`);
  } catch {
    return 'not a valid URL';
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(resolved.pathname);
  } catch {
    return `malformed percent-encoding in "${resolved.pathname}"`;
  }
  if (!pathname.startsWith(site.base)) return `points outside the base path ${site.base}`;
  const rest = pathname.slice(site.base.length);
  const path = fileOf(rest);
  if (!site.files.has(path)) {
    if (site.files.has(`${rest}/index.html`)) return `missing trailing slash: the page is ${site.base}${rest}/`;
    return `no file ${site.dist}/${path}`;
  }
  // A text directive (`#:~:text=…`) is not an id; a bare `#` (or `#top`,
  // which the HTML standard scrolls to the top) always works.
  const fragment = resolved.hash.slice(1).split(':~:')[0] ?? '';
  if (!fragment || !path.endsWith('.html')) return undefined;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return `malformed percent-encoding in "#${fragment}"`;
  }
  if (targets(path).has(id) || id.toLowerCase() === 'top') return undefined;
  return `no id "${id}" in ${site.dist}/${path}`;
}

/** Every internal link, script, stylesheet and image of every page must resolve, fragments included. */
export function checkLinks(site: Site): CheckResult {
  const problems: Problem[] = [];
  const trees = new Map(site.pages.map((page) => [page.path, page.tree]));
  const cache = new Map<string, Set<string>>();
  const targets = (path: string) => {
    let found = cache.get(path);
    if (!found) cache.set(path, (found = fragmentTargets(trees.get(path) ?? { type: 'root', children: [] })));
    return found;
  };
  let checked = 0;
  for (const page of site.pages) {
    for (const reference of references(page.tree)) {
      if (isExternal(reference.url)) continue;
      checked++;
      const reason = brokenReason(site, page.path, reference.url, targets);
      if (reason)
        problems.push({
          file: page.file,
          ...reference.place,
          message: `${reference.attribute} "${reference.url}": ${reason}`,
        });
    }
  }
  return {
    name: 'links',
    checked,
    summary: `${plural(checked, 'internal link')} on ${plural(site.pages.length, 'page')}`,
    problems,
  };
}
