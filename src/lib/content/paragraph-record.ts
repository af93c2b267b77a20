import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { stringify } from 'yaml';
import { articleId } from './article-id.ts';
import type { RecordEntry } from './paragraph-match.ts';

/** Where the records live, inside the content folder: a dot folder, so the collection never reads them as articles. */
export const RECORD_FOLDER = '.paragraph-ids';

const HEADER = (id: string) =>
  [
    `# Every paragraph id published for the article "${id}", in reading order.`,
    '# Written by npm run build (and npm run import): commit it with the article.',
    '# An id is never given to another paragraph; one whose paragraph is gone',
    '# keeps pointing (at:) to where its text went, and its links land there.',
    '',
  ].join('\n');

/** The record as its file holds it: YAML that reads well in a diff, one entry a paragraph. */
export function formatRecord(id: string, entries: readonly RecordEntry[]): string {
  const plain = entries.map((entry) =>
    entry.at ? { id: entry.id, at: entry.at, text: entry.text } : { id: entry.id, text: entry.text },
  );
  return HEADER(id) + stringify(plain, { lineWidth: 0 });
}

/** The entries of a record file; an Error naming the file if it is not one. */
export function parseRecord(source: string, file: string): RecordEntry[] {
  let data: unknown;
  try {
    // js-yaml reads a record four times as fast as \`yaml\` (0.1 ms against 0.45), which counts on
    // a cold build of 10,000 articles. The core schema, as \`yaml\` writes it: a text that looks like a date stays text.
    data = load(source, { schema: CORE_SCHEMA, filename: file }) ?? [];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${file}: not valid YAML: ${message.split('\n')[0]}`, { cause: error });
  }
  const valid = (entry: unknown): entry is RecordEntry =>
    typeof entry === 'object' &&
    entry !== null &&
    typeof (entry as RecordEntry).id === 'string' &&
    typeof (entry as RecordEntry).text === 'string';
  if (!Array.isArray(data) || !data.every(valid)) throw new Error(`${file}: each entry must have an id and a text`);
  return data.map(({ id, text, at }) => (at ? { id, text, at: String(at) } : { id, text }));
}

/**
 * The records of one content folder, for the paragraph-ids plugin: read an
 * article's before its ids are given, write it after. `write: false` (a
 * build in CI) reads the records as committed and never changes them.
 */
export function recordStore(contentDir: string, { write }: { write: boolean }) {
  const root = resolve(contentDir);
  const fileOf = (article: string) => {
    const path = relative(root, resolve(article));
    if (path.startsWith('..')) return undefined; // Not an article of this collection (a test's own Markdown).
    const id = articleId(path.split('\\').join('/'));
    return { id, file: join(root, RECORD_FOLDER, `${id}.yaml`) };
  };
  return {
    load(article: string): RecordEntry[] {
      const where = fileOf(article);
      return where && existsSync(where.file) ? parseRecord(readFileSync(where.file, 'utf8'), where.file) : [];
    },
    save(article: string, entries: readonly RecordEntry[]): void {
      const where = fileOf(article);
      if (!write || !where) return;
      const text = formatRecord(where.id, entries);
      if (existsSync(where.file) && readFileSync(where.file, 'utf8') === text) return;
      mkdirSync(dirname(where.file), { recursive: true });
      writeFileSync(where.file, text);
    },
  };
}

export type RecordStore = ReturnType<typeof recordStore>;
