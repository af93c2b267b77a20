import search from 'approx-string-match';
import { slug } from 'github-slugger';

/** Most errors (insertions, deletions, substitutions) a fragment may carry, per character, to count as a paragraph's. */
const TOLERANCE = 0.3;
/** How far into a paragraph's slug its id's words may start (ids are made of first words). */
const NEAR_START = 12;

/**
 * A link to an id the page has never had (made before ids were recorded, cut
 * short by a chat app, typed by hand): the paragraph whose id, old ids or
 * opening words it spells, approximately (approx-string-match), is scrolled to, marked, and
 * given the address; failing that, the top of the article. Either way a note
 * says the link's paragraph has changed. Loaded only for such a link, by
 * the site's loader, which hands it the id the address asks for, decoded.
 */
export function resolve(fragment: string): void {
  const wanted = slug(fragment);
  const max = Math.floor(wanted.length * TOLERANCE);
  let best: { paragraph: HTMLElement; errors: number } | undefined;
  for (const paragraph of wanted ? document.querySelectorAll<HTMLElement>('.prose p[id]') : []) {
    // Its id, the ids it had before (kept inside it), and its opening words as an id would spell them.
    const oldIds = [...paragraph.querySelectorAll('.old-id')].map((old) => old.id);
    for (const name of [paragraph.id, ...oldIds, slug(paragraph.textContent ?? '')]) {
      const match = search(name.slice(0, wanted.length + NEAR_START * 2), wanted, max)
        .filter((m) => m.start <= NEAR_START)
        .sort((a, b) => a.errors - b.errors || a.start - b.start)[0];
      if (match && (!best || match.errors < best.errors)) best = { paragraph, errors: match.errors };
    }
  }
  if (best) {
    best.paragraph.classList.add('resolved-target');
    best.paragraph.scrollIntoView({ block: 'start' });
    history.replaceState(history.state, '', `${location.pathname}${location.search}#${best.paragraph.id}`);
  } else {
    // The browser left the page at its top: scroll only if the headline is out of sight,
    // so the header a reader is already reaching for does not move under their pointer.
    const headline = document.querySelector('.article h1')?.getBoundingClientRect();
    if (headline && (headline.bottom < 0 || headline.top > innerHeight))
      document.querySelector('.article h1')?.scrollIntoView({ block: 'start' });
  }
  // The note is the page's own element (old-links.ts defines it).
  document.querySelector('link-note')?.setAttribute('open', '');
}
