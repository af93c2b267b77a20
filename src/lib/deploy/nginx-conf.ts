import type { HeaderRule } from './header-rules.ts';

/**
 * The same rules as nginx configuration, for `include` in a `server` block:
 * one `location` a rule. nginx sends only the `add_header`s of the location
 * that serves a request, so each repeats the site-wide headers; `always`
 * sends them with the 404 page too. A content type becomes the location's
 * only type, as `add_header` would send it beside nginx's own.
 */
export function nginxConf(rules: readonly HeaderRule[]): string {
  const site = rules.find(
    (rule) => rule.path.endsWith('/*') && rules.every((other) => other.path.startsWith(rule.path.slice(0, -1))),
  );
  if (!site) throw new Error('_headers has no rule for the whole site (such as /* or /news/*)');
  const base = site.path.slice(0, -1);
  const blocks = rules.map((rule) => {
    const headers = rule === site ? rule.headers : { ...site.headers, ...rule.headers };
    const lines = Object.entries(headers)
      .filter(([name]) => name.toLowerCase() !== 'content-type')
      .map(([name, value]) => `add_header ${name} ${quote(value)} always;`);
    const type = Object.entries(rule.headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
    if (type) lines.push(`types { }`, `default_type ${type};`);
    return `location ${rule === site ? base : matcher(rule.path)} {\n${lines.map((line) => `  ${line}`).join('\n')}\n}`;
  });
  return `# Written from _headers by \`npm run nginx-headers\`: include it in the site's server block.\nerror_page 404 ${base}404.html;\n${blocks.join('\n')}\n`;
}

/**
 * A `_headers` path as a location: `/a/*` a prefix that wins over the
 * expressions (the site's own rule stays a plain prefix, so they are tried), `/a/:part/b/*` a regular expression, anything else the path itself. */
function matcher(path: string): string {
  const prefix = path.endsWith('*') ? path.slice(0, -1) : undefined;
  if (path.includes('/:')) {
    const segments = (prefix ?? path).split('/').map((part) => (part.startsWith(':') ? '[^/]+' : escapeRegExp(part)));
    return `~ "^${segments.join('/')}${prefix ? '' : '$'}"`;
  }
  return prefix ? `^~ ${prefix}` : `= ${path}`;
}

function quote(value: string): string {
  if (/["$\\\n]/.test(value)) throw new Error(`a header value nginx cannot carry as written: ${value}`);
  return `"${value}"`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
