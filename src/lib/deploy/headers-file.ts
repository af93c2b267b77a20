import type { HeaderRule } from './header-rules.ts';

/**
 * The `_headers` file Netlify and Cloudflare Pages read from the site's
 * folder: a path on a line of its own, then its headers indented beneath.
 */
export function formatHeadersFile(rules: readonly HeaderRule[], comment = ''): string {
  const head = comment ? `${comment.replace(/^/gm, '# ')}\n` : '';
  const blocks = rules.map(({ path, headers }) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
  );
  return `${head}${blocks.join('\n')}\n`;
}

/** The rules of a `_headers` file; a line it cannot read is an error naming the line. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, index) => {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ path: trimmed, headers: {} });
      return;
    }
    const colon = trimmed.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 1)
      throw new Error(`_headers line ${index + 1}: "${trimmed}" is not "Name: value" under a path`);
    const name = trimmed.slice(0, colon).trim();
    const value = trimmed.slice(colon + 1).trim();
    rule.headers[name] = rule.headers[name] === undefined ? value : `${rule.headers[name]}, ${value}`;
  });
  return rules;
}

/**
 * Whether a rule's path matches a request path, as both hosts read it: `*`
 * at the end is anything beneath (or nothing), `:name` one whole segment.
 */
export function ruleMatches(pattern: string, path: string): boolean {
  return segmentsMatch(pattern.split('/'), path.split('/'));
}

/** ruleMatches on paths already split at `/`: many paths can be checked against rules split once. */
export function segmentsMatch(want: readonly string[], have: readonly string[]): boolean {
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    if (part === '*' && i === want.length - 1) return true;
    if (i >= have.length) return false;
    if (part.startsWith(':') ? have[i] === '' : part !== have[i]) return false;
  }
  return want.length === have.length;
}

/** The headers sent for a path: every matching rule's, a header two rules set joined as Cloudflare joins them. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const rule of rules) {
    if (!ruleMatches(rule.path, path)) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      const key = Object.keys(sent).find((known) => known.toLowerCase() === name.toLowerCase()) ?? name;
      sent[key] = sent[key] === undefined ? value : `${sent[key]}, ${value}`;
    }
  }
  return sent;
}
