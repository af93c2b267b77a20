import type { Root } from 'hast';
import { elements, placeOf, type Site } from './read-site.ts';
import { plural, type CheckResult, type Problem } from './types.ts';

type Place = ReturnType<typeof placeOf>;

/** Every `id` of a page with the places it appears (more than one place is a clash). */
export function collectIds(tree: Root): Map<string, Place[]> {
  const ids = new Map<string, Place[]>();
  for (const element of elements(tree)) {
    const id = element.properties['id'];
    if (typeof id !== 'string' || !id) continue; // an empty id is html-validate's to report
    ids.set(id, [...(ids.get(id) ?? []), placeOf(element)]);
  }
  return ids;
}

/**
 * Names a URL fragment can point at: every id, and the `name` of `<a>`
 * elements, which browsers still scroll to.
 */
export function fragmentTargets(tree: Root): Set<string> {
  const targets = new Set(collectIds(tree).keys());
  for (const element of elements(tree)) {
    const name = element.properties['name'];
    if (element.tagName === 'a' && typeof name === 'string') targets.add(name);
  }
  return targets;
}

/** No id may appear twice on a page: links to it, labels and ARIA references would pick one at random. */
export function checkIds(site: Site): CheckResult {
  const problems: Problem[] = [];
  let count = 0;
  for (const page of site.pages) {
    for (const [id, places] of collectIds(page.tree)) {
      count++;
      if (places.length > 1) {
        const at = places.map((place) => `${place.line}:${place.column}`).join(', ');
        problems.push({
          file: page.file,
          ...places[0],
          message: `id "${id}" is used ${places.length} times (at ${at})`,
        });
      }
    }
  }
  return {
    name: 'ids',
    checked: count,
    summary: `${plural(count, 'id')} on ${plural(site.pages.length, 'page')}`,
    problems,
  };
}
