import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { unionPolicy } from '../lib/deploy/csp-union.ts';
import { headerRules } from '../lib/deploy/header-rules.ts';
import { formatHeadersFile } from '../lib/deploy/headers-file.ts';
import { fileMemo } from '../lib/build/file-memo.ts';
import { pagePolicy, POLICY_READER } from '../lib/deploy/page-policy.ts';
import { MANIFEST, type BundlesManifest } from '../lib/search/search-bundles.ts';

/** Cloudflare Pages reads no more rules than this, and no longer lines. */
const MAX_RULES = 100;
const MAX_LINE = 2000;

/**
 * `_headers` in the built site (Netlify and Cloudflare Pages send it; nginx
 * is given the same by `npm run nginx-headers`): what a `<meta>` cannot say,
 * such as `frame-ancestors`, and how long each file may be cached. After the
 * search index, whose files it names.
 */
export default function deployHeaders({ base }: { base: string }): AstroIntegration {
  let cacheDir = '';
  return {
    name: 'broadsheet:deploy-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const files = readdirSync(site, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => join(entry.parentPath, entry.name).slice(site.length).split('\\').join('/'));
          // A rebuild reads only the pages written again: the rest keep their policy from the last build.
          const memo = fileMemo<string | null>(join(cacheDir, 'broadsheet', 'page-policies.json'), POLICY_READER);
          const policies = new Set<string>();
          for (const file of files) {
            const policy = file.endsWith('.html')
              ? memo.get(join(site, file), (page) => pagePolicy(page) ?? null)
              : null;
            if (policy) policies.add(policy);
          }
          memo.save();
          const csp = unionPolicy(policies, ["frame-ancestors 'none'"]);
          const rules = headerRules({ base, csp, files, indexes: indexFolders(site) });
          const text = formatHeadersFile(rules, 'Written by the build (src/integrations/deploy-headers.ts).');
          writeFileSync(join(site, '_headers'), text);
          const longest = Math.max(...text.split('\n').map((line) => line.length));
          if (rules.length > MAX_RULES || longest > MAX_LINE)
            logger.warn(
              `_headers has ${rules.length} rules and a line of ${longest} characters: Cloudflare Pages reads at most ${MAX_RULES} rules of ${MAX_LINE}.`,
            );
          logger.info(`_headers: ${rules.length} rules, one policy from ${policies.size} distinct page policies`);
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
