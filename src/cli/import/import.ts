// Import a plain-text article (the seed's format) into content/ as Markdown.
// Usage: npm run import -- <file.txt> [--title "…"] [--slug …] [--date YYYY-MM-DD]
//        [--tags a,b] [--lang en] [--out content/]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../../lib/config.ts';
import { clashingFile, importArticle, type ImportedArticle } from './import-article.ts';
import { recordParagraphIds } from './record-ids.ts';

const USAGE = `usage: npm run import -- <file.txt> [--title "…"] [--slug a-slug] [--date YYYY-MM-DD]
                          [--tags a,b] [--lang en] [--out content/]`;

function fail(message: string): never {
  console.error(`import: ${message}`);
  process.exit(1);
}

function readArguments() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        title: { type: 'string' },
        slug: { type: 'string' },
        date: { type: 'string' },
        tags: { type: 'string' },
        lang: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
}

/**
 * A path as the person typed it: `npm run import` runs in the project root,
 * but they named the file (and `--out`) from the folder they were in.
 */
function fromCaller(path: string): string {
  return resolve(process.env['INIT_CWD'] ?? process.cwd(), path);
}

/** The file as text; bytes that are not UTF-8 are refused, not replaced, so no text changes silently. */
function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(fromCaller(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(
      `${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : (error as Error).message}`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(`${file}: is not UTF-8 text`);
  }
}

/** Write the article; `wx` makes creating the file fail if it exists, so nothing is ever overwritten. */
function writeArticle(file: string, outDir: string, article: ImportedArticle): string {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return fail(`${file}: the output folder ${outDir} does not exist`);
  }
  const target = join(outDir, `${article.slug}.md`);
  // Astro makes the id from the slugged file name, so "Foo.md" would clash with "foo.md" too.
  const clash = clashingFile(article.slug, names);
  const exists = `${clash ? join(outDir, clash) : target} already exists; pass --slug to choose another name`;
  if (clash) return fail(`${file}: ${exists}`);
  try {
    writeFileSync(target, article.markdown, { flag: 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(`${file}: ${code === 'EEXIST' ? exists : (error as Error).message}`);
  }
  return target;
}

async function main(): Promise<void> {
  const { values, positionals } = readArguments();
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length !== 1) fail(`expected one input file, got ${positionals.length}\n${USAGE}`);
  const file = positionals[0]!;
  let article: ImportedArticle;
  try {
    article = importArticle(readText(file), {
      title: values.title,
      slug: values.slug,
      date: values.date,
      tags: values.tags?.split(','),
      lang: values.lang,
    });
  } catch (error) {
    return fail(`${file}: ${(error as Error).message}`);
  }
  // Without --out, the project's own content folder, wherever the command was typed.
  const outDir =
    values.out === undefined
      ? resolve(import.meta.dirname, '../../..', readConfig().contentDir)
      : fromCaller(values.out);
  const target = writeArticle(file, outDir, article);
  await recordParagraphIds(target, article.markdown, outDir);
  const shown = relative(process.cwd(), target);
  console.log(shown.startsWith('..') ? target : shown);
  console.log(`${article.paragraphs.length} paragraphs, dated ${article.date}: "${article.title}"`);
}

await main();
