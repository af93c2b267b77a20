import { describe, expect, it } from 'vitest';
import { relatedArticles, type Comparable } from '../../../src/lib/content/related-articles';

const article = (id: string, date: string, tags: string[], terms: Record<string, number>): Comparable => ({
  id,
  date: new Date(date),
  tags,
  terms,
});

// A collection where each pair shares something different.
const grain = article('grain', '2023-05-01', ['economy'], { wheat: 5, corridor: 3, insurers: 2 });
const wheat = article('wheat', '2023-04-01', [], { wheat: 4, corridor: 2, harvest: 3 });
const budget = article('budget', '2023-03-01', ['economy'], { council: 4, budget: 5 });
const ferry = article('ferry', '2023-02-01', ['harbour'], { ferry: 3, quay: 2 });
const collection = [grain, wheat, budget, ferry];

describe('relatedArticles', () => {
  it('never lists an article as related to itself', () => {
    for (const [id, related] of relatedArticles(collection)) expect(related).not.toContain(id);
  });

  it('relates articles that share distinguishing words, with no tag in common', () => {
    expect(relatedArticles(collection).get('wheat')).toEqual(['grain']);
  });

  it('relates articles that share a tag, with no word in common', () => {
    expect(relatedArticles(collection).get('budget')).toEqual(['grain']);
  });

  it('counts tags and words both: sharing both beats sharing one', () => {
    const both = article('both', '2020-01-01', ['economy'], { wheat: 4, corridor: 2 });
    expect(relatedArticles([...collection, both]).get('grain')![0]).toBe('both');
  });

  it('lists none for an article that shares nothing', () => {
    expect(relatedArticles(collection).get('ferry')).toEqual([]);
  });

  it('lists at most three', () => {
    const many = Array.from({ length: 6 }, (_, i) => article(`a${i}`, `2023-01-0${i + 1}`, ['economy'], {}));
    for (const related of relatedArticles(many).values()) expect(related).toHaveLength(3);
  });

  it('puts the newest first among equals, then orders by id, the same in every build', () => {
    const equal = [
      article('old', '2021-01-01', ['x'], {}),
      article('new', '2023-01-01', ['x'], {}),
      article('b-mid', '2022-01-01', ['x'], {}),
      article('a-mid', '2022-01-01', ['x'], {}),
      article('me', '2020-01-01', ['x'], {}),
    ];
    expect(relatedArticles(equal).get('me')).toEqual(['new', 'a-mid', 'b-mid']);
    expect(relatedArticles([...equal].reverse()).get('me')).toEqual(['new', 'a-mid', 'b-mid']);
  });

  it('weighs a rare tag above a common one', () => {
    const common = Array.from({ length: 8 }, (_, i) => article(`c${i}`, '2023-01-01', ['news'], {}));
    const me = article('me', '2022-01-01', ['news', 'lighthouses'], {});
    const rare = article('rare', '2020-01-01', ['lighthouses'], {});
    expect(relatedArticles([...common, me, rare]).get('me')![0]).toBe('rare');
  });

  it('folds the case of tags, as tag pages do', () => {
    const us = article('us', '2023-01-01', ['US'], {});
    const lower = article('lower', '2022-01-01', ['us'], {});
    expect(relatedArticles([us, lower]).get('us')).toEqual(['lower']);
  });

  it('gives the same answer whatever order the collection comes in', () => {
    // b shares its only tag with c, one minor word with a: c first, in either order.
    const a = article('a', '2023-01-03', [], { quay: 1, ferry: 5, toll: 5 });
    const b = article('b', '2023-01-02', ['harbour'], { quay: 1, dredging: 5 });
    const c = article('c', '2023-01-01', ['harbour'], {});
    for (const order of [
      [a, b, c],
      [c, b, a],
    ])
      expect(relatedArticles(order).get('b')).toEqual(['c', 'a']);
  });

  it('never offers an unlisted article (paid-for content), though it gets related reading of its own', () => {
    const advert = { ...article('advert', '2024-01-01', ['economy'], { wheat: 5, corridor: 3 }), unlisted: true };
    const related = relatedArticles([...collection, advert]);
    for (const [id, list] of related) if (id !== 'advert') expect(list).not.toContain('advert');
    expect(related.get('advert')![0]).toBe('grain');
  });

  it('skips a word more than 200 articles share, however large the archive', () => {
    // A fiftieth of 20,000 would be 400: 'harbour' in 301 articles would still count without the ceiling.
    const archive = (sharers: number) =>
      Array.from({ length: 20_000 }, (_, i) =>
        article(`a${i}`, '2020-01-01', [], i < sharers ? { harbour: 1, [`w${i}`]: 1 } : { [`w${i}`]: 1 }),
      );
    const me = article('me', '2021-01-01', [], { harbour: 5 });
    expect(relatedArticles([...archive(300), me]).get('me')).toEqual([]);
    expect(relatedArticles([...archive(150), me]).get('me')).toHaveLength(3);
  });
});
