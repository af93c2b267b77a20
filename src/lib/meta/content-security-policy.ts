import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AstroUserConfig } from 'astro';

type Csp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/**
 * The site's Content-Security-Policy, for Astro's `security.csp` (a `<meta>`
 * on every page, with hashes of the scripts and styles Astro emits).
 * Nothing may come from another origin; scripts run only from our own files
 * or by hash. `'wasm-unsafe-eval'` is there only because Pagefind's search
 * runs as WebAssembly.
 * Images may also come from `imageOrigins` (`IMAGE_ORIGINS`: the newsroom's CDN).
 */
export function contentSecurityPolicy(imageOrigins: readonly string[] = []): Csp {
  // The theme script is inlined by hand (it must run before first paint), so
  // Astro does not hash it: we do.
  const themeInit = readFileSync(new URL('../../scripts/theme-init.js', import.meta.url), 'utf8');
  const themeHash = `sha256-${createHash('sha256').update(themeInit).digest('base64')}` as const;
  return {
    directives: [
      "default-src 'self'",
      `img-src ${["'self'", ...imageOrigins].join(' ')}`,
      "connect-src 'self'",
      // Pagefind runs on the page's thread (noWorker): no page starts a worker.
      "worker-src 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ],
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeHash] },
    styleDirective: { resources: ["'self'"] },
  };
}
