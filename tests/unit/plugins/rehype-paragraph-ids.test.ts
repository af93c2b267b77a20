import { rehype } from 'rehype';
import rehypeSlug from 'rehype-slug';
import { describe, expect, it } from 'vitest';
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
