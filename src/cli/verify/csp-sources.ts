/**
 * Enough of CSP Level 3 source matching to say whether a page's policy lets
 * an image load (https://www.w3.org/TR/CSP3/#match-url-to-source-list):
 * `'self'`, `'none'`, `*`, scheme sources (`https:`, `data:`) and host
 * sources (`https://img.example.org`, `https://*.example.org:8443/path/`).
 */

/** The directives of a policy: `img-src 'self' https://x` → `{ 'img-src': ["'self'", 'https://x'] }`. */
export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The sources that govern images: `img-src`, else `default-src`; `undefined` means no restriction. */
export function imageSources(policy: Map<string, string[]>): string[] | undefined {
  return policy.get('img-src') ?? policy.get('default-src');
}

/** Whether `url` matches one of `sources` for a page whose own origin is `self`. */
export function allows(sources: readonly string[], url: URL, self: URL): boolean {
  return sources.some((source) => matches(source, url, self));
}

function matches(source: string, url: URL, self: URL): boolean {
  const lower = source.toLowerCase();
  if (lower === "'none'") return false;
  if (lower === "'self'")
    return (
      url.origin === self.origin || (url.protocol === 'https:' && self.protocol === 'http:' && url.host === self.host)
    );
  if (lower === '*') return /^(https?|wss?|ftp):$/.test(url.protocol);
  if (/^[a-z][a-z0-9+.-]*:$/.test(lower))
    return url.protocol === lower || (lower === 'http:' && url.protocol === 'https:');
  const host = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|\*\.[^/:]+|[^/:*]+)(?::(\d+|\*))?(\/.*)?$/.exec(lower);
  if (!host) return false;
  const [, scheme, name = '', port, path] = host;
  if (
    scheme
      ? url.protocol !== `${scheme}:` && !(scheme === 'http' && url.protocol === 'https:')
      : url.protocol !== self.protocol && url.protocol !== 'https:'
  )
    return false;
  if (name === '*') {
    // any host
  } else if (name.startsWith('*.')) {
    if (!url.hostname.endsWith(name.slice(1))) return false;
  } else if (url.hostname !== name) return false;
  const defaultPort = url.protocol === 'https:' ? '443' : '80';
  if (port !== '*' && (url.port || defaultPort) !== (port ?? defaultPort)) return false;
  if (path && path !== '/') return path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path;
  return true;
}
