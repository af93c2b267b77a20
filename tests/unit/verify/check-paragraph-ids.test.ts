import { describe, expect, it } from 'vitest';
import { checkParagraphIds } from '../../../src/cli/verify/check-paragraph-ids.ts';
import { formatRecord } from '../../../src/lib/content/paragraph-record.ts';
import { parseArticle } from '../../../src/cli/verify/read-articles.ts';
import { createSite } from '../../../src/cli/verify/read-site.ts';
import { folder, md } from './fixtures.ts';

const article = parseArticle('story.md', md('title: S', '\nOne.\n\nTwo.\n'));
const page = (prose: string) =>
  createSite({ 'articles/story/index.html': `<!doctype html><article><div class="prose">${prose}</div></article>` });
const record = (name: string, entries: { id: string; text: string; at?: string }[]) =>
  folder(name, { '.paragraph-ids/story.yaml': formatRecord('story', entries) });

describe('checkParagraphIds', () => {
  it('passes when every recorded id is on the page, the gone ones as old ids', () => {
    const content = record('record-good', [
      { id: 'one', text: 'One.' },
      { id: 'cut', text: 'Cut.', at: 'one' },
      { id: 'two', text: 'Two.' },
    ]);
    const site = page('<p id="one"><span id="cut" class="old-id"></span>One.</p><p id="two">Two.</p>');
    expect(checkParagraphIds(site, [article], content).problems).toEqual([]);
  });

  it('names a published id the page lost, a gone id still on a paragraph, and a paragraph the record lacks', () => {
    const content = record('record-bad', [
      { id: 'one', text: 'One.' },
      { id: 'lost', text: 'Lost.' },
      { id: 'two', text: 'Two.', at: 'one' },
    ]);
    const site = page('<p id="one">One.</p><p id="two">Two.</p><p id="three">Three.</p>');
    const messages = checkParagraphIds(site, [article], content).problems.map((problem) => problem.message);
    expect(messages).toEqual([
      'published id "lost" is not on dist/articles/story/index.html: its links would break',
      '"two" is recorded as gone, but a paragraph on dist/articles/story/index.html still has it',
      'paragraph "three" of dist/articles/story/index.html is not in the record: build it (npm run build) and commit the record',
    ]);
  });

  it('asks for a record when an article has none', () => {
    const [problem] = checkParagraphIds(
      page('<p id="one">One.</p>'),
      [article],
      folder('record-none', { 'x.txt': '' }),
    ).problems;
    expect(problem?.message).toMatch(/^has no record of its paragraph ids/);
  });
});
