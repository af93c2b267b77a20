import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Read from the project, not from here: the build bundles this module elsewhere.
const SOURCES = [
  'src/lib/content/article-markdown.ts',
  'src/lib/content/article-schema.ts',
  'src/lib/content/content-checks.ts',
  'src/lib/content/front-matter.ts',
  'src/lib/content/real-day.ts',
  'src/lib/content/paragraph-match.ts',
  'src/lib/content/rendered-article.ts',
];
const FOLDERS = ['src/plugins'];

/**
 * A digest of the code that checks an article and turns it into its data and
 * its HTML: the file checks, the schema, the plugins, the paragraph-id matcher. Astro keeps rendered
 * articles between builds and notices a change of its own config, but not of
 * code these files hold; the loader starts afresh when this digest changes.
 */
export function renderingCode(root = process.cwd()): string {
  const files = [
    ...SOURCES,
    ...FOLDERS.flatMap((folder) =>
      readdirSync(join(root, folder))
        .sort()
        .map((name) => `${folder}/${name}`),
    ),
  ];
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex').slice(0, 16);
}
