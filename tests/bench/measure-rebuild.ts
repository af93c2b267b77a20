import { createHash } from 'node:crypto';
/**
 * The rebuilds a newsroom makes all day, caches kept: nothing changed, one
 * paragraph edited, one article added. After each edit the warm build's
 * output is compared, file by file, with a cold build of the same content:
 * a rebuild that copies a stale page, card or index part is a failure, not
 * a fast build. The edited words must be on the page and in the search index.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { removeDir } from './cleanup.ts';
import type { GeneratedArticle } from './generate-articles.ts';
import { measureBuild, type BuildResult } from './measure-build.ts';

/** A word no generated article holds, added by the edit. */
export const EDITED_WORD = 'quaysidecorrection';

export interface TreeComparison {
  files: number;
  /** Paths (relative to the output) whose bytes differ, or that only one tree has. */
  differing: string[];
}

export interface RebuildStep {
  build: BuildResult;
  /** The warm output against a cold build of the same content (absent for "nothing changed"). */
  comparedWithCold?: TreeComparison | undefined;
}

export interface RebuildResult {
  noChange: RebuildStep;
  editParagraph: RebuildStep;
  addArticle: RebuildStep;
}

interface Dirs {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** Where the cold builds compared with go. */
  coldOutDir: string;
  coldCacheDir: string;
}

/**
 * Rebuild on top of the last cold build in `dirs` (its output and caches
 * kept). `edited` is the article whose last paragraph gains a sentence;
 * `added` a new article, dated after every other.
 */
export async function measureRebuilds(
  dirs: Dirs,
  articles: number,
  edited: GeneratedArticle,
  added: GeneratedArticle,
  timeoutMs: number,
  /** Compare each edit with a cold build (two more cold builds; skipped at the largest sizes). */
  compare = true,
): Promise<RebuildResult> {
  const warm = (count: number) =>
    measureBuild({
      contentDir: dirs.contentDir,
      outDir: dirs.outDir,
      cacheDir: dirs.cacheDir,
      articles: count,
      timeoutMs,
      warm: true,
    });
  const cold = async (count: number) => {
    if (!compare) return undefined;
    await measureBuild({
      contentDir: dirs.contentDir,
      outDir: dirs.coldOutDir,
      cacheDir: dirs.coldCacheDir,
      articles: count,
      timeoutMs,
    });
    const comparison = compareTrees(dirs.outDir, dirs.coldOutDir);
    removeDir(dirs.coldOutDir);
    removeDir(dirs.coldCacheDir);
    return comparison;
  };
  const noChange = { build: await warm(articles) };
  const before = articlePages(dirs.outDir);

  const file = join(dirs.contentDir, edited.file);
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()} A correction names the ${EDITED_WORD} inspector.\n`);
  const editBuild = await warm(articles);
  mustHold(dirs.outDir, edited.id, EDITED_WORD);
  // Other articles whose page the edit changed: their related reading, which the edited words can reorder.
  const after = articlePages(dirs.outDir);
  const rippled = [...after].filter(([id, digest]) => id !== edited.id && before.get(id) !== digest).length;
  const editParagraph = { build: editBuild, comparedWithCold: await cold(articles) };

  // The cold build just made for the comparison wrote and then removed as much again as the site (2 GB
  // at 10,000); a build right after one ran 2–8 s slower here (the no-change rebuild after the first cold
  // build: 14.6 s against 11.8 by hand), which a newsroom's rebuilds, one after another, never pay. The
  // added article is timed, like the edit, after a rebuild with nothing changed, which is not timed.
  if (compare) await warm(articles);
  writeFileSync(join(dirs.contentDir, added.file), added.text);
  const addBuild = await warm(articles + 1);
  mustHold(dirs.outDir, added.id, firstWords(added.text));
  const addArticle = { build: addBuild, comparedWithCold: await cold(articles + 1) };

  // What makes a rebuild fast: with nothing changed, only the pages that list every article are
  // rendered and no index part is made again; one paragraph edited renders its page besides,
  // and those of the articles whose related reading it changed.
  const unkeyed = noChange.build.routes.written - noChange.build.routes.copied;
  const rendered = editBuild.routes.written - editBuild.routes.copied;
  if (noChange.build.searchParts.indexed !== 0)
    throw new Error(
      `nothing changed, yet ${noChange.build.searchParts.indexed} search index part(s) were indexed again`,
    );
  if (rendered > unkeyed + 1 + rippled)
    throw new Error(
      `one paragraph edited, yet ${rendered} files were rendered (${unkeyed} with nothing changed, ${rippled} other articles' pages changed)`,
    );
  if (editBuild.searchParts.indexed > 2)
    throw new Error(`one paragraph edited, yet ${editBuild.searchParts.indexed} search index parts were indexed again`);
  // A new article enters the newest bundle and pushes its oldest into the archive: two parts at most.
  if (addBuild.searchParts.indexed > 2)
    throw new Error(`one article added, yet ${addBuild.searchParts.indexed} search index parts were indexed again`);
  // A card changes with its headline or date only: an edit links none, a new article its own.
  for (const [name, build, linked] of [
    ['nothing changed', noChange.build, 0],
    ['one paragraph edited', editBuild, 0],
    ['one article added', addBuild, 1],
  ] as const)
    if (build.cards.linked !== linked || build.cards.removed !== 0)
      throw new Error(
        `${name}, yet ${build.cards.linked} social card(s) were linked anew and ${build.cards.removed} removed`,
      );
  for (const [name, step] of Object.entries({ editParagraph, addArticle }))
    if (step.comparedWithCold?.differing.length)
      throw new Error(
        `${name}: the rebuild differs from a cold build in ${step.comparedWithCold.differing.length} file(s): ${step.comparedWithCold.differing.slice(0, 10).join(', ')}`,
      );
  return { noChange, editParagraph, addArticle };
}

/** Each article page's digest, by its path under `articles/`. */
function articlePages(outDir: string): Map<string, string> {
  const folder = join(outDir, 'articles');
  const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((path) =>
    path.endsWith('index.html'),
  );
  return new Map(
    pages.map((path) => [
      path.slice(0, -'/index.html'.length),
      createHash('sha1')
        .update(readFileSync(join(folder, path)))
        .digest('hex'),
    ]),
  );
}

/** An article with its date moved after every generated one (2012–2025): a story published today. */
export function publishedToday(article: GeneratedArticle): GeneratedArticle {
  return { ...article, text: article.text.replace(/^date: .*$/m, 'date: 2026-01-15') };
}

/** The words must be on the article's page and in one of the search index's fragments of it. */
function mustHold(outDir: string, id: string, words: string): void {
  const page = readFileSync(join(outDir, 'articles', id, 'index.html'), 'utf8');
  if (!page.includes(words)) throw new Error(`the rebuilt page of ${id} does not show “${words}”`);
  const fragments = readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((path) =>
    /^pagefind[^/]*\/(?:\d{4}\/)?fragment\//.test(path),
  );
  const indexed = fragments.some((path) => {
    const text = gunzipSync(readFileSync(join(outDir, path))).toString('utf8');
    return text.includes(`/articles/${id}/`) && text.includes(words);
  });
  if (!indexed) throw new Error(`the rebuilt search index does not hold “${words}” for ${id}`);
}

/** The first words of the article's first paragraph (after its front matter and any heading). */
function firstWords(text: string): string {
  const body = text.split('\n---\n')[1] ?? '';
  const paragraph = body.split('\n\n').find((block) => block.trim() && !block.trim().startsWith('#')) ?? '';
  return paragraph.trim().split(/\s+/).slice(0, 4).join(' ');
}

/** Every file of two trees compared byte for byte. */
export function compareTrees(a: string, b: string): TreeComparison {
  const list = (dir: string) =>
    new Set(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1)),
    );
  const [left, right] = [list(a), list(b)];
  const differing = [...new Set([...left, ...right])]
    .filter(
      (path) => !left.has(path) || !right.has(path) || !readFileSync(join(a, path)).equals(readFileSync(join(b, path))),
    )
    .sort();
  return { files: left.size, differing };
}
