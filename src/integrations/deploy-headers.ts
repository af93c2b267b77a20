import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { unionPolicy } from '../lib/deploy/csp-union.ts';
import { headerRules } from '../lib/deploy/header-rules.ts';
import { formatHeadersFile } from '../lib/deploy/headers-file.ts';
import { fileMemo } from '../lib/build/file-memo.ts';
import { filesUnder } from '../lib/build/files-under.ts';
import { pagePolicy, POLICY_READER } from '../lib/deploy/page-policy.ts';
import { MANIFEST, type BundlesManifest } from '../lib/search/search-bundles.ts';

/** Cloudflare Pages reads no more rules than this, and no longer lines. */
const MAX_RULES = 100;
const MAX_LINE = 2000;
/** Pages read between two turns of the event loop. */
const POLICIES_AT_ONCE = 200;

/**
 * `_headers` in the built site (Netlify and Cloudflare Pages send it; nginx
 * is given the same by `npm run nginx-headers`): what a `<meta>` cannot say,
 * such as `frame-ancestors`, and how long each file may be cached. After the
 * search index, whose files it names.
 */
export default function deployHeaders({ base }: { base: string }): AstroIntegration {
  let cacheDir = '';
  /** Each page's policy (or none), by its path in the site, read while the search index is made. */
  let policies = new Map<string, string | null>();
  return {
    name: 'broadsheet:deploy-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      // The pages are final (incremental-links ran first) and Pagefind is indexing them in its own
      // processes: read their policies now, a few hundred at a time, so its replies are not kept waiting.
      'astro:build:generated': async ({ dir }) => {
        const site = fileURLToPath(dir);
        // A rebuild reads only the pages written again: the rest keep their policy from the last build.
        const memo = fileMemo<string | null>(join(cacheDir, 'broadsheet', 'page-policies.json'), POLICY_READER);
        policies = new Map();
        const pages = filesUnder(site).filter((file) => file.endsWith('.html'));
        for (const [index, file] of pages.entries()) {
          policies.set(
            file,
            memo.get(join(site, file), (page) => pagePolicy(page) ?? null),
          );
          if (index % POLICIES_AT_ONCE === POLICIES_AT_ONCE - 1) await new Promise((done) => setImmediate(done));
        }
        memo.save();
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const files = filesUnder(site);
          const distinct = new Set<string>();
          for (const file of files) {
            if (!file.endsWith('.html')) continue;
            // A page written after the others (by an integration's astro:build:done) is read now.
            const policy = policies.has(file) ? policies.get(file) : pagePolicy(join(site, file));
            if (policy) distinct.add(policy);
          }
          policies = new Map();
          const csp = unionPolicy(distinct, ["frame-ancestors 'none'"]);
          const rules = headerRules({ base, csp, files, indexes: indexFolders(site) });
          const text = formatHeadersFile(rules, 'Written by the build (src/integrations/deploy-headers.ts).');
          writeFileSync(join(site, '_headers'), text);
          const longest = Math.max(...text.split('\n').map((line) => line.length));
          if (rules.length > MAX_RULES || longest > MAX_LINE)
            logger.warn(
              `_headers has ${rules.length} rules and a line of ${longest} characters: Cloudflare Pages reads at most ${MAX_RULES} rules of ${MAX_LINE}.`,
            );
          logger.info(`_headers: ${rules.length} rules, one policy from ${distinct.size} distinct page policies`);
        } catch (cause) {
          throw new Error(`Writing _headers failed: ${(cause as Error).message}`, { cause });
        }
      },
    },
  };
}

/** Each Pagefind index folder the search manifest lists (none when there is nothing to search). */
function indexFolders(site: string): string[] {
  if (!existsSync(join(site, MANIFEST))) return [];
  const manifest = JSON.parse(readFileSync(join(site, MANIFEST), 'utf8')) as BundlesManifest;
  return manifest.bundles.flatMap((bundle) => (bundle.parts ?? [bundle]).map((part) => part.path));
}
