import { describe, expect, it } from 'vitest';
import { paragraphHits, type PageData } from '../../../src/lib/search/paragraph-hits';

// Words: 0 Lead, 3 Section, 5 Moscow, 8 today., 9 Other, 12 Moscow, 13 <b>.
const content = 'Lead words here. Section one. Moscow talks begin today. Other text about Moscow <b>.';
const page: PageData = {
  url: '/articles/story/',
  content,
  locations: [],
  anchors: [
    { element: 'p', id: 'lead', text: 'Lead words here.', location: 0 },
    { element: 'h2', id: 'section-one', text: 'Section one', location: 3 },
    { element: 'p', id: 'moscow-talks', text: 'Moscow talks begin today.', location: 5 },
    { element: 'span', id: 'inline', text: 'today', location: 8 },
    { element: 'p', id: 'other-text', text: 'Other text about Moscow <b>.', location: 9 },
  ],
};
const hits = (locations: number[], words: string[], size?: number) =>
  paragraphHits({ ...page, locations }, words, size);

describe('paragraphHits', () => {
  it('gives one hit a paragraph, with its section; reading order on a tie', () => {
    const found = hits([12, 5], ['moscow']);
    expect(found.map((hit) => [hit.id, hit.section, hit.rank.distinct])).toEqual([
      ['moscow-talks', 'Section one', 1],
      ['other-text', 'Section one', 1],
    ]);
    expect(found[0]!.url).toBe('/articles/story/#moscow-talks');
  });

  it('puts the paragraph holding more of the query’s words first, whatever its place', () => {
    const found = hits([0, 5, 8], ['lead', 'moscow', 'today']);
    expect(found.map((hit) => [hit.id, hit.rank.distinct])).toEqual([
      ['moscow-talks', 2],
      ['lead', 1],
    ]);
  });

  it('marks matched words and keeps the excerpt inside its paragraph', () => {
    expect(hits([5], ['moscow'])[0]!.excerpt).toBe('<mark>Moscow</mark> talks begin today.');
  });

  it('marks every query word in the excerpt', () => {
    expect(hits([5, 8], ['moscow', 'today'])[0]!.excerpt).toBe('<mark>Moscow</mark> talks begin <mark>today</mark>.');
  });

  it('escapes HTML in the page text', () => {
    expect(hits([12], ['moscow'])[0]!.excerpt).toBe('Other text about <mark>Moscow</mark> &#60;b&#62;.');
  });

  it('cuts a long paragraph to a window around its matches', () => {
    expect(hits([8], ['today'], 2)[0]!.excerpt).toBe('… begin <mark>today</mark>.');
  });

  it('lets a matching heading label its section’s paragraphs, marked, instead of being a hit of its own', () => {
    const found = hits([4, 5], ['one', 'moscow']);
    expect(found.map((hit) => hit.id)).toEqual(['moscow-talks']);
    expect(found[0]!.section).toBe('Section <mark>one</mark>');
  });

  it('keeps a heading’s own hit when no paragraph of its section matches', () => {
    const [hit] = hits([4], ['one']);
    expect(hit).toMatchObject({ id: 'section-one', section: undefined, excerpt: 'Section <mark>one</mark>' });
  });

  it('marks the word, leaving its punctuation outside the mark', () => {
    expect(hits([8], ['today'])[0]!.excerpt).toBe('Moscow talks begin <mark>today</mark>.');
  });

  it('ignores ids on inline elements', () => {
    expect(hits([8], ['today']).map((hit) => hit.id)).toEqual(['moscow-talks']);
  });

  it('returns nothing when there are no locations', () => {
    expect(hits([], ['x'])).toEqual([]);
  });

  it('encodes the fragment of an id with non-ASCII letters', () => {
    const [hit] = paragraphHits(
      {
        url: '/a/',
        content: 'Министр обороны',
        locations: [0],
        anchors: [{ element: 'p', id: 'министр-обороны', text: '', location: 0 }],
      },
      ['министр'],
    );
    expect(hit!.url).toBe(`/a/#${encodeURIComponent('министр-обороны')}`);
  });
});
