import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatRecord, parseRecord, recordStore } from '../../../src/lib/content/paragraph-record';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-record-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const entries = [
  { id: 'a-first', text: 'A first paragraph: with “quotes”, a colon and # signs.' },
  { id: 'gone-one', text: 'A paragraph since cut.', at: 'a-first' },
];

describe('formatRecord and parseRecord', () => {
  it('round-trip, as YAML a reviewer can read, with a note on what it is', () => {
    const text = formatRecord('world/story', entries);
    expect(text).toMatch(/^# Every paragraph id published for the article "world\/story"/);
    expect(text).toContain('- id: gone-one\n  at: a-first\n');
    expect(parseRecord(text, 'x.yaml')).toEqual(entries);
  });

  it('is the same text for the same entries', () => {
    expect(formatRecord('s', entries)).toBe(formatRecord('s', structuredClone(entries)));
  });

  it('names the file when it is not a record', () => {
    expect(() => parseRecord('- id: [broken', 'content/.paragraph-ids/x.yaml')).toThrow(
      /^content\/\.paragraph-ids\/x\.yaml: not valid YAML/,
    );
    expect(() => parseRecord('- id: x\n', 'r.yaml')).toThrow('r.yaml: each entry must have an id and a text');
  });

  it('reads a hand-edited text that looks like a date, or a number as at:, as the text written', () => {
    expect(parseRecord('- id: d\n  text: 2024-01-05\n- id: n\n  at: 12\n  text: yes\n', 'h.yaml')).toEqual([
      { id: 'd', text: '2024-01-05' },
      { id: 'n', at: '12', text: 'yes' },
    ]);
  });
});

describe('recordStore', () => {
  it('keeps an article’s record in the content folder’s .paragraph-ids, by its id', () => {
    const store = recordStore(work, { write: true });
    store.save(join(work, 'World', 'Grain Talks.md'), entries);
    const file = join(work, '.paragraph-ids', 'world', 'grain-talks.yaml');
    expect(existsSync(file)).toBe(true);
    expect(store.load(join(work, 'World', 'Grain Talks.md'))).toEqual(entries);
    expect(readFileSync(file, 'utf8')).toBe(formatRecord('world/grain-talks', entries));
  });

  it('reads but never writes in read mode (a build in CI), and has nothing for a new article', () => {
    const store = recordStore(join(work, 'ci'), { write: false });
    store.save(join(work, 'ci', 'new.md'), entries);
    expect(existsSync(join(work, 'ci', '.paragraph-ids'))).toBe(false);
    expect(store.load(join(work, 'ci', 'new.md'))).toEqual([]);
  });
});
