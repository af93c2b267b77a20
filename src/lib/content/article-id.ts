import { slug } from 'github-slugger';

/**
 * The id (and URL slug) of an article from its path in the content folder:
 * `World/Grain Talks.md` → `world/grain-talks`, and `world/index.md` →
 * `world`, as Astro's own glob loader does. The collection loader, the content
 * checks, `npm run verify` and the importer share it, so they agree on every id.
 */
export function articleId(path: string): string {
  return path
    .replace(/\.md$/i, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/')
    .replace(/\/index$/, '');
}
