import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseRecord } from '../../src/lib/content/paragraph-record';
import { buildSite } from '../support/build-site';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-record-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const article = (paragraphs: string[]) => `---\ntitle: Harbour\ndate: 2023-06-02\n---\n\n${paragraphs.join('\n\n')}\n`;
const dir = join(work, 'site');
const recordFile = join(dir, 'content', '.paragraph-ids', 'harbour.yaml');
const page = () => readFileSync(join(dir, 'dist', 'articles', 'harbour', 'index.html'), 'utf8');

describe('the record of published paragraph ids, through two builds', () => {
  it('is started by the first build, and keeps the ids through an edit, a deletion and a build in CI', () => {
    const v1 = [
      'Following his stay in Russia, the minister flew to Minsk.',
      'Traders waited on the quay all day.',
      'The council meets on Monday.',
    ];
    expect(buildSite(dir, { 'harbour.md': article(v1) }, { PARAGRAPH_RECORD: 'write' }).status).toBe(0);
    const first = parseRecord(readFileSync(recordFile, 'utf8'), recordFile);
    expect(first.map((entry) => entry.id)).toEqual([
      'following-his-stay-in-russia',
      'traders-waited-on-the-quay',
      'the-council-meets-on-monday',
    ]);

    // The opening reworded, the middle paragraph cut.
    const v2 = ['After his stay in Russia, the minister flew to Minsk.', 'The council meets on Monday.'];
    const built = buildSite(dir, { 'harbour.md': article(v2) }, { PARAGRAPH_RECORD: 'write' });
    expect(built.status, built.output).toBe(0);
    // The edited paragraph keeps its id; the cut one's id lives on at the start of its neighbour before it.
    expect(page()).toContain(
      '<p id="following-his-stay-in-russia"><span id="traders-waited-on-the-quay" class="old-id"></span>After his stay in Russia',
    );
    expect(page()).toContain('<p id="the-council-meets-on-monday">');
    const second = readFileSync(recordFile, 'utf8');
    expect(parseRecord(second, recordFile).find((entry) => entry.id === 'traders-waited-on-the-quay')?.at).toBe(
      'following-his-stay-in-russia',
    );

    // A build in CI reads the record as committed and leaves it as it is, even with a new paragraph.
    const ci = buildSite(
      dir,
      { 'harbour.md': article([...v2, 'A new closing line.']) },
      { CI: 'true', PARAGRAPH_RECORD: '' },
    );
    expect(ci.status, ci.output).toBe(0);
    expect(readFileSync(recordFile, 'utf8')).toBe(second);
    expect(page()).toContain('<p id="a-new-closing-line">');

    // An old id moved by hand: the article renders again, though its Markdown did not change.
    writeFileSync(recordFile, second.replace('at: following-his-stay-in-russia', 'at: the-council-meets-on-monday'));
    const moved = buildSite(dir, {}, { CI: 'true', PARAGRAPH_RECORD: '' });
    expect(moved.status, moved.output).toBe(0);
    expect(page()).toContain(
      '<p id="the-council-meets-on-monday"><span id="traders-waited-on-the-quay" class="old-id"></span>',
    );
  }, 240_000);

  it('fails the build when a correction names a paragraph no id holds', () => {
    const other = join(work, 'bad-correction');
    const text =
      '---\ntitle: Harbour\ndate: 2023-06-02\ncorrections:\n  - date: 2023-06-03\n    text: A fix.\n    paragraph: no-such-paragraph\n---\n\nThe only paragraph.\n';
    const { status, output } = buildSite(other, { 'harbour.md': text }, { PARAGRAPH_RECORD: 'write' });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'harbour.md: corrections[0].paragraph: no paragraph has the id "no-such-paragraph" (current or recorded)',
    );
    expect(existsSync(join(other, 'dist', 'articles'))).toBe(false);
  }, 120_000);
});
