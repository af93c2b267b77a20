import { createHash } from 'node:crypto';
import { toString } from 'hast-util-to-string';
import { parsePolicy } from './csp-sources.ts';
import { elements, placeOf } from './read-site.ts';
import { plural, type CheckResult, type Problem } from './types.ts';
import type { Site } from './read-site.ts';

/**
 * Each page's policy allows exactly its own inline code: every inline
 * script and style has its hash in `script-src` / `style-src` (else the
 * browser refuses to run it), and no hash names code the page does not hold.
 */
export function checkPolicy(site: Site): CheckResult {
  const problems: Problem[] = [];
  let checked = 0;
  for (const page of site.pages) {
    const all = elements(page.tree);
    const meta = all.find(
      (element) => String(element.properties['httpEquiv']).toLowerCase() === 'content-security-policy',
    );
    if (!meta) continue;
    checked++;
    const policy = parsePolicy(String(meta.properties['content'] ?? ''));
    for (const kind of ['script', 'style'] as const) {
      const listed = new Set((policy.get(`${kind}-src`) ?? []).filter((source) => source.startsWith("'sha256-")));
      const inline = all.filter((element) => element.tagName === kind && element.properties['src'] === undefined);
      const own = new Set<string>();
      for (const element of inline) {
        const hash = `'sha256-${createHash('sha256').update(toString(element)).digest('base64')}'`;
        own.add(hash);
        // A JSON-LD block is data, not code: the browser never runs it, so it needs no hash.
        if (!listed.has(hash) && element.properties['type'] !== 'application/ld+json')
          problems.push({
            file: page.file,
            ...placeOf(element),
            message: `an inline ${kind} has no hash in ${kind}-src`,
          });
      }
      for (const hash of listed)
        if (!own.has(hash))
          problems.push({
            file: page.file,
            ...placeOf(meta),
            message: `${kind}-src allows ${hash}, which no ${kind} of the page has`,
          });
    }
  }
  return {
    name: 'policies',
    checked,
    summary: `${plural(checked, 'page')} allowing only their own inline scripts and styles`,
    problems,
  };
}
