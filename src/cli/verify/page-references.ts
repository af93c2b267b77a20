import type { Element, Root } from 'hast';
import { elements, placeOf } from './read-site.ts';

/** A URL the page refers to, with where it was written. */
export interface Reference {
  url: string;
  /** How it appears in the markup, for the report: `<a href>`. */
  attribute: string;
  place: ReturnType<typeof placeOf>;
}

// Attributes (hast property names) that load or link to a URL. `srcSet`
// holds several candidates; every one must exist.
const urlProperties: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcSet'],
  source: ['src', 'srcSet'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  input: ['src'],
  image: ['href', 'xLinkHref'],
  use: ['href', 'xLinkHref'],
};

/** A URL with a scheme (`https:`, `mailto:`, `data:`) or protocol-relative: another origin's business. */
export function isExternal(url: string): boolean {
  return /^[a-z][a-z\d+.-]*:|^\/\//i.test(url.trim());
}

/** Every URL in the page's markup. (Our pages have no `<base>`, so URLs resolve against the page itself.) */
export function references(tree: Root): Reference[] {
  const found: Reference[] = [];
  for (const element of elements(tree)) {
    for (const property of urlProperties[element.tagName] ?? []) {
      for (const url of urlsOf(element, property)) {
        found.push({ url, attribute: `<${element.tagName} ${property.toLowerCase()}>`, place: placeOf(element) });
      }
    }
  }
  return found;
}

function urlsOf(element: Element, property: string): string[] {
  const value = element.properties[property];
  if (typeof value === 'string') {
    // srcset candidates are `url [descriptor]`, comma-separated.
    return property === 'srcSet' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value];
  }
  if (Array.isArray(value)) return value.map((candidate) => String(candidate).trim().split(/\s+/)[0] ?? '');
  return [];
}
