import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { articleId } from './article-id.ts';
import type { ArticleData } from './article-schema.ts';
import { writeArticleList } from './article-list.ts';
import { FACTS_KEY } from '../../plugins/rehype-rendered-facts.ts';
import { RECORD_FOLDER } from './paragraph-record.ts';
import { AUTHORS_FOLDER } from './author-schema.ts';
import { unknownAuthor } from './bylines.ts';
import { readFrontMatter } from './front-matter.ts';
import { renderingCode } from './rendering-code.ts';
import { factsOfEntry } from './entry-facts.ts';
import { newestFirst } from './newest-first.ts';
import { completeHashes, HTML_KEY, htmlFolder, keepFacts, keepHtml, pruneHtml } from './html-store.ts';
import { articleCard } from '../social-card/article-card.ts';
import { prefetchSocialImages } from '../social-card/social-image-cache.ts';
import { readConfig } from '../config.ts';
import { fileMemo, type FileMemo } from '../build/file-memo.ts';
import { threadedEntryTypes, type EntryTypes } from './markdown-threads.ts';
import { checkArticleFiles, inspectArticleFile, NO_BODY_TEXT, type SourceFile } from './content-checks.ts';

/**
 * Astro's glob loader for the Markdown articles in `base`, with the checks
 * its schema cannot make: before loading, the files themselves
 * (content-checks.ts); after, that each rendered article has text under its
 * headline. Any problem fails the build listing every bad file and what is
 * wrong with it, instead of a page silently missing or holding the wrong date.
 * It then writes the article list the search index is built from.
 */
export function articlesLoader(base: string): Loader {
  // Author files live beside the articles, in a collection of their own.
  const inner = glob({
    pattern: ['**/*.md', `!${AUTHORS_FOLDER}/**`],
    base,
    generateId: ({ entry }) => articleId(entry),
  });
  return {
    name: 'broadsheet-articles',
    load: async (context) => {
      const folder = resolve(base);
      const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((path) => path.toLowerCase().endsWith('.md') && !path.startsWith(`${AUTHORS_FOLDER}/`))
        .sort()
        .map((path) => ({ path, bytes: readFileSync(join(folder, path)) }));
      // The checks, the schema or the plugins changed since the articles were last rendered: do it all again.
      const code = renderingCode();
      const codeChanged = context.meta.get('rendering-code') !== code;
      const cold = codeChanged || context.store.keys().length === 0;
      // A build renders on every core. The dev server renders an article as it is saved, here.
      const { entryTypes } = context as LoaderContext & { entryTypes?: EntryTypes };
      const threads =
        entryTypes && !context.watcher
          ? threadedEntryTypes(entryTypes, {
              script: join(process.cwd(), 'src/lib/content/markdown-worker.ts'),
              markdown: readConfig(),
              // Every article renders: the threads start now, while the files are checked.
              ...(cold ? { expected: { articles: files.length, config: context.config } } : {}),
            })
          : undefined;
      const rendered: string[] = [];
      const html = htmlFolder(fileURLToPath(context.config.cacheDir));
      const records = fileMemo<string>(
        join(fileURLToPath(context.config.cacheDir), 'broadsheet', 'record-digests.json'),
        'sha1',
      );
      try {
        const cards: Card[] = [];
        fail(
          base,
          checkArticleFiles(files, (file) => checkChanged(file, code, context, cards)),
        );
        prefetchCards(cards);
        if (codeChanged) {
          context.store.clear();
          context.meta.set('rendering-code', code);
        }
        // An article whose record of ids was edited by hand (its `at:` moved) renders again;
        // so does one whose HTML the cache lost.
        for (const [id, digest] of recordDigests(folder, [...context.store.keys()], records))
          if (context.meta.get(`record:${id}`) !== digest) context.store.delete(id);
        const complete = completeHashes(html);
        for (const entry of context.store.values()) {
          const kept = entry.rendered?.metadata?.[HTML_KEY];
          if (typeof kept === 'string' && !complete.has(kept)) context.store.delete(entry.id);
        }
        // Each article is slimmed as it is stored, so the Markdown and HTML of
        // 10,000 articles are never all in memory at once.
        await inner.load({
          ...context,
          ...(threads ? { entryTypes: threads.entryTypes } : {}),
          store: slimmingStore(context.store, html, rendered),
        });
      } finally {
        await threads?.close();
      }
      pruneHtml(html, keptHashes(context));
      // Set only what changed: any set makes Astro write the whole store again (150 MB at 10,000 articles).
      for (const [id, digest] of recordDigests(folder, rendered, records))
        if (context.meta.get(`record:${id}`) !== digest) context.meta.set(`record:${id}`, digest);
      records.save();
      fail(base, [...renderedProblems(context, folder, code, html), ...authorProblems(context, folder)]);
      writeArticleList(
        context.config.cacheDir,
        [...context.store.values()].map(({ id, data }) => {
          const { title, date, updated, corrections, lang, draft } = data as ArticleData;
          const day = (value: Date) => new Date(value).toISOString().slice(0, 10);
          const modified = [date, updated, ...corrections.map((c) => c.date)].filter((d) => d !== undefined).map(day);
          const card = articleCard({ title, date: new Date(date), lang });
          return { id, day: day(date), modified: modified.sort().at(-1)!, lang, draft, card };
        }),
      );
    },
  };
}

/**
 * The checks of one file, made only when its bytes changed since they last
 * passed. A build (not the dev server) then notes its social card in
 * `cards`, to be drawn while this process renders the Markdown.
 */
function checkChanged(file: SourceFile, code: string, { meta, watcher }: LoaderContext, cards: Card[]): string[] {
  const key = `source-checks:${file.path}`;
  const digest = `${createHash('sha1').update(file.bytes).digest('hex')} ${code}`;
  if (meta.get(key) === digest) return [];
  const { problems, frontMatter } = inspectArticleFile(file);
  const card = problems.length === 0 && !watcher ? cardOf(frontMatter?.data ?? {}) : undefined;
  if (card) cards.push(card);
  if (problems.length === 0) meta.set(key, digest);
  return problems;
}

interface Card {
  title: string;
  date: Date;
  lang: string;
}

/**
 * What the card of a published article whose front matter looks valid
 * shows. Only for a head start: the schema, which runs next, names any bad
 * field, and the card route draws whatever was not prefetched.
 */
function cardOf({ title, date, lang = 'en', draft }: Record<string, unknown>): Card | undefined {
  const day = date instanceof Date || typeof date === 'string' ? new Date(date) : undefined;
  if (draft === true || typeof title !== 'string' || typeof lang !== 'string' || !day || Number.isNaN(day.getTime()))
    return undefined;
  try {
    Intl.getCanonicalLocales(lang);
  } catch {
    return undefined;
  }
  return { title, date: day, lang };
}

/**
 * Start drawing the cards in the background in the order the card route
 * asks for them (getArticles(): newest-first.ts), so its first pages find
 * their cards drawn while the background process is still at the oldest.
 */
function prefetchCards(cards: Card[]): void {
  cards.sort(newestFirst);
  prefetchSocialImages(cards.map(articleCard));
}

/**
 * The store, but every entry set in it keeps no Markdown and no HTML: Astro
 * bundles the whole store into the build (at 10,000 articles 64 MB of
 * Markdown and 90 MB of HTML). Pages read the HTML from its file
 * (html-store.ts), and the glob loader re-renders by the file's digest. An
 * article with local images keeps its HTML, which Astro's render() finishes.
 * The ids of the entries set (rendered in this build) go to `rendered`.
 */
export function slimmingStore(store: LoaderContext['store'], html: string, rendered: string[]): LoaderContext['store'] {
  const set: LoaderContext['store']['set'] = (entry) => {
    rendered.push(entry.id);
    const { body: _body, ...rest } = entry;
    const kept = rest.rendered;
    const local = (kept?.metadata?.imagePaths?.length ?? 0) > 0;
    if (!kept?.html || local) return store.set(detached(rest));
    // The front matter is the entry's data already; what the plugins noted goes beside the HTML.
    const { frontmatter, ...metadata } = kept.metadata ?? {};
    const hash = keepHtml(html, kept.html);
    keepFacts(html, hash, frontmatter?.[FACTS_KEY]);
    return store.set(detached({ ...rest, rendered: { html: '', metadata: { ...metadata, [HTML_KEY]: hash } } }));
  };
  // Astro's scoped store is an object of arrow functions: copying them is safe.
  return { ...store, set };
}

/**
 * A copy of what is stored. The strings parsed out of a file (its headings'
 * text, its front matter) are slices of the file's text, which V8 keeps whole
 * for as long as one slice lives: the store, alive all build long, would hold
 * every article's source (67 MB at 10,000), and the build's heap grow with it.
 */
const detached = <T>(value: T): T => structuredClone(value);

/** The hashes of the HTML files the entries name. */
function keptHashes({ store }: LoaderContext): Set<string> {
  const kept = new Set<string>();
  for (const entry of store.values()) {
    const hash = entry.rendered?.metadata?.[HTML_KEY];
    if (typeof hash === 'string') kept.add(hash);
  }
  return kept;
}

/**
 * Each article's id and a digest of its record of paragraph ids
 * (paragraph-record.ts), or "none". The folder is listed once, and a record
 * is read again only when the file system says it changed (`memo`): at
 * 10,000 articles, reading and hashing every record was half a second of
 * every build.
 */
function recordDigests(folder: string, ids: string[], memo: FileMemo<string>): [string, string][] {
  const records = join(folder, RECORD_FOLDER);
  const present = new Set(existsSync(records) ? readdirSync(records) : []);
  const digest = (file: string) => createHash('sha1').update(readFileSync(file)).digest('hex');
  return ids.map((id) => [id, present.has(`${id}.yaml`) ? memo.get(join(records, `${id}.yaml`), digest) : 'none']);
}

/** Each `author` written as an author file's name whose file does not exist, named with the article's file. */
function authorProblems({ store }: LoaderContext, folder: string): string[] {
  const authors = join(folder, AUTHORS_FOLDER);
  const files = existsSync(authors) ? readdirSync(authors).filter((name) => name.endsWith('.md')) : [];
  const slugs = new Set(files.map((name) => name.slice(0, -'.md'.length)));
  const names = new Set(
    files.map((name) => {
      const named = readFrontMatter(readFileSync(join(authors, name), 'utf8'))?.data['name'];
      return typeof named === 'string' ? named.trim().toLocaleLowerCase('en') : '';
    }),
  );
  const problems: string[] = [];
  for (const entry of store.values()) {
    const file = entry.filePath ? relative(folder, resolve(entry.filePath)) : entry.id;
    for (const value of (entry.data as ArticleData).author) {
      const problem = unknownAuthor(value, slugs, names);
      if (problem) problems.push(`${file}: ${problem}`);
    }
  }
  return problems;
}

function fail(base: string, problems: string[]): void {
  if (problems.length > 0)
    throw new Error(`${problems.length} problem(s) in the articles in ${base}:\n  ${problems.join('\n  ')}`);
}

/**
 * What only the rendered article shows: a headline with nothing under it, a
 * correction for a paragraph no id names (current or recorded). Checked once
 * per version of each article.
 */
function renderedProblems({ store, meta }: LoaderContext, folder: string, code: string, html: string): string[] {
  const problems: string[] = [];
  for (const entry of store.values()) {
    const key = `rendered-checks:${entry.id}`;
    const digest = entry.digest === undefined ? undefined : `${String(entry.digest)} ${code}`;
    if (digest && meta.get(key) === digest) continue;
    const file = entry.filePath ? relative(folder, resolve(entry.filePath)) : entry.id;
    const facts = factsOfEntry(entry, html);
    const { hasText, ids } = facts ?? { hasText: false, ids: [] as string[] };
    const found = [...(hasText ? [] : [`${file}: ${NO_BODY_TEXT}`])];
    for (const [index, correction] of (entry.data as ArticleData).corrections.entries()) {
      if (correction.paragraph && !ids.includes(correction.paragraph)) {
        found.push(
          `${file}: corrections[${index}].paragraph: no paragraph has the id "${correction.paragraph}" (current or recorded)`,
        );
      }
    }
    if (found.length === 0 && digest) meta.set(key, digest);
    problems.push(...found);
  }
  return problems;
}
