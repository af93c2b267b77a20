import { readFileSync } from 'node:fs';
import { slug } from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { parsePlainTextArticle } from '../../../src/cli/import/plain-text-article';
import { assignIds, type RecordEntry } from '../../../src/lib/content/paragraph-match';

const seed = parsePlainTextArticle(
  readFileSync(new URL('../../fixtures/seed.txt', import.meta.url), 'utf8'),
).paragraphs;

/** New ids as the plugin makes them, simplified: the first five words, numbered on a clash. */
const fresh = (text: string, taken: Set<string>) => {
  const stem = slug(text).split('-').slice(0, 5).join('-');
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  return id;
};
const publish = (texts: string[], previous: RecordEntry[] = []) => assignIds(texts, previous, new Set(), fresh);
const first = publish(seed);
const ids = first.ids;
const resolvesTo = (record: RecordEntry[], id: string) => record.find((entry) => entry.id === id)?.at;

describe('assignIds', () => {
  it('gives a first publication the paragraphs’ own first words', () => {
    expect(ids[0]).toBe('chinese-defense-minister-li-shangfu');
    expect(first.record.map((entry) => entry.id)).toEqual(ids);
  });

  it('keeps the id through a typo fix', () => {
    const edited = seed.map((text, i) => (i === 2 ? text.replace('robust', 'robsut') : text));
    expect(publish(edited, first.record).ids).toEqual(ids);
  });

  it('keeps the id when the opening words are reworded', () => {
    const edited = seed.map((text, i) =>
      i === 3 ? text.replace('Following his stay in Russia,', 'After his stay in Russia,') : text,
    );
    const again = publish(edited, first.record);
    expect(again.ids[3]).toBe('following-his-stay-in-russia');
    expect(again.record[3]).toEqual({ id: 'following-his-stay-in-russia', text: edited[3] });
  });

  it('keeps the id when a sentence is added or removed', () => {
    const added = seed.map((text, i) =>
      i === 1 ? `${text} Officials said the speech would be published in full.` : text,
    );
    expect(publish(added, first.record).ids).toEqual(ids);
    const removed = seed.map((text, i) => (i === 3 ? text.split('. ').slice(0, 2).join('. ') + '.' : text));
    expect(publish(removed, first.record).ids).toEqual(ids);
  });

  it('keeps every id when paragraphs are reordered', () => {
    const order = [0, 2, 1, 3, 5, 4];
    expect(
      publish(
        order.map((i) => seed[i]!),
        first.record,
      ).ids,
    ).toEqual(order.map((i) => ids[i]));
  });

  it('gives an inserted paragraph that starts like the next one a new id, and the next keeps its own', () => {
    const inserted = [
      ...seed.slice(0, 3),
      'Following his stay in Russia, aides flew ahead to Minsk.',
      ...seed.slice(3),
    ];
    const again = publish(inserted, first.record);
    expect(again.ids[4]).toBe('following-his-stay-in-russia');
    expect(again.ids[3]).not.toBe('following-his-stay-in-russia');
    expect(new Set(again.ids).size).toBe(again.ids.length);
  });

  it('points a deleted paragraph’s id at its nearest surviving neighbour, before it', () => {
    const again = publish([...seed.slice(0, 4), ...seed.slice(5)], first.record);
    expect(again.ids).toEqual([...ids.slice(0, 4), ...ids.slice(5)]);
    expect(resolvesTo(again.record, ids[4]!)).toBe(ids[3]);
  });

  it('keeps a gone id where the record points it (by hand, say) while that paragraph lives, else points it anew', () => {
    const without = [...seed.slice(0, 4), ...seed.slice(5)];
    const moved = publish(without, first.record).record.map((entry) =>
      entry.id === ids[4] ? { ...entry, at: ids[0]! } : entry,
    );
    expect(resolvesTo(publish(without, moved).record, ids[4]!)).toBe(ids[0]);
    // Its paragraph deleted too: the id goes to the nearest survivor again.
    expect(resolvesTo(publish(without.slice(1), moved).record, ids[4]!)).toBe(ids[3]);
  });

  it('gives the id of a paragraph split in two to the half that took most of its text', () => {
    const sentences = seed[2]!.split(/(?<=\.) /);
    const [a, b] = [sentences.slice(0, 1).join(' '), sentences.slice(1).join(' ')];
    const again = publish([...seed.slice(0, 2), a, b, ...seed.slice(3)], first.record);
    const larger = a.length >= b.length ? 2 : 3;
    expect(again.ids[larger]).toBe(ids[2]);
    expect(new Set(again.ids).size).toBe(again.ids.length);
  });

  it('points the ids of two merged paragraphs at the paragraph that holds them both', () => {
    const merged = `${seed[4]} ${seed[5]}`;
    const again = publish([...seed.slice(0, 4), merged], first.record);
    const kept = again.ids[4]!;
    for (const id of [ids[4]!, ids[5]!]) expect(id === kept || resolvesTo(again.record, id) === kept).toBe(true);
  });

  it('never gives a new paragraph an id the record holds, even a gone one', () => {
    const gone = publish([...seed.slice(0, 5)], first.record);
    const again = publish([...seed.slice(0, 5), seed[5]!.replace(/\w+/g, 'other')], gone.record);
    const newId = again.ids[5]!;
    expect(first.record.map((entry) => entry.id)).not.toContain(newId);
  });

  it('recognises edited Chinese and Arabic paragraphs', () => {
    const zh = [
      '上海港今年前七个月的集装箱吞吐量达到两千八百万标准箱，比去年同期增长百分之五，再创历史新纪录。',
      '洋山深水港四期自动化码头继续扩建，新的桥吊和无人驾驶集卡已经投入使用。',
    ];
    const ar = [
      'بدأت في القاهرة جولة جديدة من المحادثات حول تقاسم مياه النهر بين الدول الثلاث.',
      'وقال الوفد إن الخلاف ما زال قائما حول قواعد الملء في سنوات الجفاف.',
    ];
    const zhEdited = [zh[0]!.replace('两千八百万', '两千九百万'), `${zh[1]!}工程预计明年完工。`];
    const arEdited = [
      ar[0]!.replace('جولة جديدة', 'جولة ثانية'),
      `${ar[1]!} وأضاف أن الجولة المقبلة ستعقد الشهر المقبل.`,
    ];
    for (const [texts, edited] of [
      [zh, zhEdited],
      [ar, arEdited],
    ] as const) {
      const published = publish([...texts]);
      expect(publish([...edited], published.record).ids).toEqual(published.ids);
    }
  });

  it('is deterministic: the same content and record give the same record, entry for entry', () => {
    const edited = [...seed.slice(0, 4), ...seed.slice(5)];
    expect(JSON.stringify(publish(edited, first.record))).toBe(JSON.stringify(publish(edited, first.record)));
  });
});
