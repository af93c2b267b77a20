import { describe, expect, it } from 'vitest';
import { bestHit, paragraphHits, type PageData } from '../../../src/lib/search/paragraph-hits';

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

describe('paragraphHits', () => {
  it('should give one hit a paragraph, in reading order, with its section', () => {
    const hits = paragraphHits({ ...page, locations: [12, 5] });
    expect(hits.map((hit) => [hit.id, hit.section, hit.matches])).toEqual([
      ['moscow-talks', 'Section one', 1],
      ['other-text', 'Section one', 1],
    ]);
    expect(hits[0]!.url).toBe('/articles/story/#moscow-talks');
  });

  it('should mark matched words and keep the excerpt inside its paragraph', () => {
    const [hit] = paragraphHits({ ...page, locations: [5] });
    expect(hit!.excerpt).toBe('<mark>Moscow</mark> talks begin today.');
  });

  it('should escape HTML in the page text', () => {
    const [hit] = paragraphHits({ ...page, locations: [12] });
    expect(hit!.excerpt).toBe('Other text about <mark>Moscow</mark> &#60;b&#62;.');
  });

  it('should cut long paragraphs to a window around the first hit', () => {
    const [hit] = paragraphHits({ ...page, locations: [8] }, 2);
    expect(hit!.excerpt).toBe('… begin <mark>today</mark>.');
  });

  it('should land a hit in a heading on the heading, without repeating it as section', () => {
    const [hit] = paragraphHits({ ...page, locations: [4] });
    expect(hit).toMatchObject({ id: 'section-one', section: undefined, excerpt: 'Section <mark>one</mark>' });
  });

  it('should mark the word, leaving its punctuation outside the mark', () => {
    const [hit] = paragraphHits({ ...page, locations: [8] });
    expect(hit!.excerpt).toBe('Moscow talks begin <mark>today</mark>.');
  });

  it('should ignore ids on inline elements', () => {
    expect(paragraphHits({ ...page, locations: [8] }).map((hit) => hit.id)).toEqual(['moscow-talks']);
  });

  it('should return nothing when there are no locations', () => {
    expect(paragraphHits(page)).toEqual([]);
  });

  it('should encode the fragment of an id with non-ASCII letters', () => {
    const [hit] = paragraphHits({
      url: '/a/',
      content: 'Министр обороны',
      locations: [0],
      anchors: [{ element: 'p', id: 'министр-обороны', text: '', location: 0 }],
    });
    expect(hit!.url).toBe(`/a/#${encodeURIComponent('министр-обороны')}`);
  });
});

describe('bestHit', () => {
  it('should pick the block with the most matches, the first on a tie', () => {
    const hits = paragraphHits({ ...page, locations: [0, 5, 6, 9, 12] });
    expect(bestHit(hits)?.id).toBe('moscow-talks');
    expect(bestHit([])).toBeUndefined();
  });
});
