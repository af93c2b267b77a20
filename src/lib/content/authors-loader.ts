import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { AUTHOR_SLUG, AUTHORS_FOLDER } from './author-schema.ts';
import { readFrontMatter } from './front-matter.ts';

/**
 * The author files in `<content>/authors/`, front matter only: an author is
 * a name, a role and a short bio, so nothing is rendered (nor given
 * paragraph ids). A file name that could not be an article's `author`, or
 * front matter that does not parse, fails the build naming the file; the
 * schema names the field.
 */
export function authorsLoader(contentDir: string): Loader {
  const folder = join(contentDir, AUTHORS_FOLDER);
  return {
    name: 'broadsheet-authors',
    load: async ({ store, parseData, generateDigest, config }) => {
      // Entries are set only when their file changed, and removed only when it went: emptying the
      // store first would make Astro write its whole data store again on every build (a second at 10,000 articles).
      const present = new Set<string>();
      const removeGone = () => {
        for (const id of [...store.keys()]) if (!present.has(id)) store.delete(id);
      };
      if (!existsSync(folder)) return removeGone();
      const problems: string[] = [];
      for (const name of readdirSync(folder)
        .filter((file) => file.endsWith('.md'))
        .sort()) {
        const file = join(AUTHORS_FOLDER, name);
        const id = name.slice(0, -'.md'.length);
        if (!AUTHOR_SLUG.test(id)) {
          problems.push(
            `${file}: the file name must be lower-case letters, digits and hyphens (it is the author's address)`,
          );
          continue;
        }
        present.add(id);
        const text = readFileSync(join(folder, name), 'utf8');
        const front = readFrontMatter(text);
        if (!front || front.errors.length) {
          problems.push(
            `${file}: ${front ? front.errors.join('; ') : 'no front matter (name, bio) between --- lines'}`,
          );
          continue;
        }
        // Astro wants the path from the project's root.
        const filePath = relative(fileURLToPath(config.root), resolve(folder, name));
        const data = await parseData({ id, data: front.data, filePath });
        store.set({ id, data, digest: generateDigest({ text, filePath }), filePath });
      }
      removeGone();
      if (problems.length)
        throw new Error(`${problems.length} problem(s) in the authors in ${folder}:\n  ${problems.join('\n  ')}`);
    },
  };
}
