/**
 * One Content-Security-Policy for every page of a site, from the policies
 * its pages carry in `<meta>`: each directive allows what it allows on any
 * page (the same directives, with the hashes of every page's inline scripts
 * and styles), plus what only a header can say (`frame-ancestors`).
 *
 * A browser enforces a header policy and a `<meta>` policy both, so the
 * header must allow at least what each page's own policy allows; the page's
 * `<meta>` still narrows it to that page's hashes.
 */
export function unionPolicy(policies: Iterable<string>, headerOnly: readonly string[] = []): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of [...policies, ...headerOnly]) {
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const known = directives.get(name.toLowerCase()) ?? new Set<string>();
      for (const source of sources) known.add(source);
      directives.set(name.toLowerCase(), known);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
