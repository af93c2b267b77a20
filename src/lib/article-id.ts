import { slug } from 'github-slugger';

/**
 * The id (and URL slug) of an article from its path in the content folder:
 * `World/Grain Talks.md` → `world/grain-talks`. The collection loader and the
 * content checks share it, so a clash found by one is a clash in the other.
 */
export function articleId(path: string): string {
  return path
    .replace(/\.md$/i, '')
    .split('/')
    .map((segment) => slug(segment))
    .join('/');
}
