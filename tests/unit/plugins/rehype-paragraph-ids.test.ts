import { rehype } from 'rehype';
import rehypeSlug from 'rehype-slug';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { RecordEntry } from '../../../src/lib/content/paragraph-match';
import rehypeParagraphIds from '../../../src/plugins/rehype-paragraph-ids';

async function ids(html: string, options = {}): Promise<string[]> {
  const file = await rehype()
    .data('settings', { fragment: true })
    .use(rehypeSlug)
    .use(rehypeParagraphIds, options)
    .process(html);
  return [...String(file).matchAll(/<p id="([^"]*)"/g)].map((match) => match[1]!);
}

describe('rehypeParagraphIds', () => {
  it('should make an id from the first five words of a paragraph', async () => {
    expect(await ids('<p>Chinese Defense Minister Li Shangfu embarked on a six-day trip.</p>')).toEqual([
      'chinese-defense-minister-li-shangfu',
    ]);
  });

  it('should output the expected HTML', async () => {
    const file = await rehype()
      .data('settings', { fragment: true })
      .use(rehypeParagraphIds)
      .process('<p>One <em>two</em> three.</p>');
    expect(String(file)).toBe('<p id="one-two-three">One <em>two</em> three.</p>');
  });

  it('should extend an id with more words when the short one is taken', async () => {
    expect(await ids('<p>The visit by the minister ended.</p><p>The visit by the minister began.</p>')).toEqual([
      'the-visit-by-the-minister',
      'the-visit-by-the-minister-began',
    ]);
  });

  it('should add a numeric suffix only when two paragraphs are identical', async () => {
    expect(await ids('<p>Same words here.</p><p>Same words here.</p><p>Same words here.</p>')).toEqual([
      'same-words-here',
      'same-words-here-2',
      'same-words-here-3',
    ]);
  });

  it('should never reuse a heading id', async () => {
    const file = await rehype()
      .data('settings', { fragment: true })
      .use(rehypeSlug)
      .use(rehypeParagraphIds, { words: 3 })
      .process('<p>Next stop Belarus and more.</p><h2>Next stop: Belarus</h2>');
    const all = [...String(file).matchAll(/id="([^"]*)"/g)].map((match) => match[1]);
    expect(all).toEqual(['next-stop-belarus-and', 'next-stop-belarus']);
  });

  it('should keep existing ids and never give them out again', async () => {
    const file = await rehype()
      .data('settings', { fragment: true })
      .use(rehypeParagraphIds)
      .process('<p id="kept">Kept as it is.</p><p>Kept as it is.</p><div id="kept-as-it-is"></div>');
    expect(String(file)).toContain('<p id="kept">');
    expect(String(file)).toContain('<p id="kept-as-it-is-2">');
  });

  it('should keep a paragraph id stable when another paragraph is inserted or edited', async () => {
    const before = await ids('<p>First paragraph of the story.</p><p>Second paragraph follows it here.</p>');
    const after = await ids(
      '<p>A new lead paragraph.</p><p>First paragraph of the story, edited.</p><p>Second paragraph follows it here.</p>',
    );
    expect(after.at(-1)).toBe(before.at(-1));
    expect(after[1]).toBe(before[0]);
  });

  it('should keep non-Latin words readable', async () => {
    expect(
      await ids(
        '<p>Министр обороны Китая Ли Шанфу начал визит.</p><p>中国国防部长李尚福开始对俄罗斯和白俄罗斯进行为期六天的访问。</p><p>بدأ وزير الدفاع الصيني لي شانغفو زيارة.</p>',
      ),
    ).toEqual([
      'министр-обороны-китая-ли-шанфу',
      '中国国防部长李尚福开始对俄罗斯和白俄罗斯进行为期',
      'بدأ-وزير-الدفاع-الصيني-لي',
    ]);
  });

  it('should use the fallback for a paragraph without letters or digits', async () => {
    expect(await ids('<p>— … —</p><p>🎉</p>')).toEqual(['paragraph', 'paragraph-2']);
  });

  it('should leave a paragraph with no text (one the sanitizer emptied) without an id', async () => {
    const file = await rehype()
      .data('settings', { fragment: true })
      .use(rehypeParagraphIds)
      .process('<p> </p><p><img src="a.png" alt=""></p><p>Text.</p>');
    expect(String(file)).toBe('<p> </p><p><img src="a.png" alt=""></p><p id="text">Text.</p>');
  });

  it('should honour the words and maxLength options', async () => {
    expect(await ids('<p>alpha beta gamma delta</p>', { words: 2 })).toEqual(['alpha-beta']);
    expect(await ids('<p>internationalisation standardisation harmonisation</p>', { maxLength: 10 })).toEqual([
      'internationalisation',
    ]);
  });
});

describe('rehypeParagraphIds with a record of published ids', () => {
  /** A record kept in memory, as the build keeps it on disk. */
  function memory(entries: RecordEntry[] = []) {
    const store = {
      entries,
      load: () => store.entries,
      save: (_path: string, next: RecordEntry[]) => void (store.entries = next),
    };
    return store;
  }
  const run = async (html: string, record: ReturnType<typeof memory>) => {
    const file = await rehype()
      .data('settings', { fragment: true })
      .use(rehypeSlug)
      .use(rehypeParagraphIds, { record })
      .process(new VFile({ path: '/content/story.md', value: html }));
    return String(file);
  };

  it('keeps a paragraph’s id when its opening words are edited', async () => {
    const record = memory();
    await run('<p>Following his stay in Russia, the minister flew to Minsk for talks.</p>', record);
    const html = await run('<p>After his stay in Russia, the minister flew to Minsk for talks.</p>', record);
    expect(html).toBe(
      '<p id="following-his-stay-in-russia">After his stay in Russia, the minister flew to Minsk for talks.</p>',
    );
  });

  it('keeps an older paragraph’s id when a new one starting like it is inserted before it', async () => {
    const record = memory();
    await run('<p>The visit by the minister ended in Minsk.</p>', record);
    const html = await run(
      '<p>The visit by the minister began in Moscow.</p><p>The visit by the minister ended in Minsk.</p>',
      record,
    );
    expect([...html.matchAll(/<p id="([^"]*)"/g)].map((match) => match[1])).toEqual([
      'the-visit-by-the-minister-began',
      'the-visit-by-the-minister',
    ]);
  });

  it('keeps a deleted paragraph’s id as an old id at the start of its nearest neighbour', async () => {
    const record = memory();
    await run('<p>First paragraph stays here.</p><p>Second paragraph is cut later.</p>', record);
    const html = await run('<p>First paragraph stays here.</p>', record);
    expect(html).toBe(
      '<p id="first-paragraph-stays-here"><span id="second-paragraph-is-cut-later" class="old-id"></span>First paragraph stays here.</p>',
    );
    expect(record.entries).toEqual([
      { id: 'first-paragraph-stays-here', text: 'First paragraph stays here.' },
      { id: 'second-paragraph-is-cut-later', text: 'Second paragraph is cut later.', at: 'first-paragraph-stays-here' },
    ]);
  });

  it('renames a new subhead whose slug a published paragraph id already holds', async () => {
    const record = memory([{ id: 'next-stop-belarus', text: 'Next stop Belarus.' }]);
    const html = await run('<h2>Next stop: Belarus</h2><p>Next stop Belarus.</p>', record);
    expect(html).toBe(
      '<h2 id="next-stop-belarus-1">Next stop: Belarus</h2><p id="next-stop-belarus">Next stop Belarus.</p>',
    );
  });
});
