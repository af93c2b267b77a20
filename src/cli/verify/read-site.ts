import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';

/** A built HTML file, parsed once and shared by every check. */
export interface HtmlPage {
  /** Path inside the site folder, `/`-separated: `articles/x/index.html`. */
  path: string;
  /** The file as `dist/articles/x/index.html`, for reports. */
  file: string;
  source: string;
  tree: Root;
}

export interface Site {
  /** The site folder as given on the command line (`dist`, `dist-news`). */
  dist: string;
  /** Astro's base path with both slashes: `/`, `/news/`. */
  base: string;
  /** Every file in the site, `/`-separated, relative to `dist`. */
  files: Set<string>;
  pages: HtmlPage[];
}

const parser = rehype();

export function parseHtml(source: string): Root {
  return parser.parse(source);
}

/** A site from in-memory files: what `readSite` builds, and what tests feed the checks. */
export function createSite(files: Record<string, string>, base = '/', dist = 'dist'): Site {
  const root = dist.replace(/\/+$/, '');
  const pages = Object.entries(files)
    .filter(([path]) => path.endsWith('.html'))
    .map(([path, source]) => ({ path, file: `${root}/${path}`, source, tree: parseHtml(source) }));
  return { dist: root, base, files: new Set(Object.keys(files)), pages };
}

/** Read a built site; only HTML files are read, the rest are only listed. */
export function readSite(dist: string, base: string): Site {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const path = entry.split('\\').join('/');
    if (!statSync(join(dist, path)).isFile()) continue;
    files[path] = path.endsWith('.html') ? readFileSync(join(dist, path), 'utf8') : '';
  }
  return createSite(files, base, dist);
}

/** The URL path a file is served at: `articles/x/index.html` → `/news/articles/x/`. */
export function urlPathOf(path: string, base: string): string {
  return base + path.replace(/(^|\/)index\.html$/, '$1');
}

interface Positioned {
  position?: { start: { line: number; column: number } } | undefined;
}

/** Line and column of a node, to spread into a Problem (built pages are minified: a line is not enough). */
export function placeOf(node: Positioned): { line?: number; column?: number } {
  const start = node.position?.start;
  return start ? { line: start.line, column: start.column } : {};
}

/** Every element of the tree, in document order. */
export function elements(tree: Root | Element): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    found.push(node);
  });
  return found;
}

export function hasClass(node: Element, name: string): boolean {
  const value = node.properties['className'];
  return Array.isArray(value) && value.includes(name);
}

/**
 * The text a reader sees in a node: like hast-util-to-string, but a `<br>`
 * counts as a space and elements `skip` accepts (e.g. permalinks) are left out.
 */
export function textOf(node: Root | Element, skip: (element: Element) => boolean = () => false): string {
  let text = '';
  for (const child of node.children) {
    if (child.type === 'text') text += child.value;
    else if (child.type === 'element') {
      if (child.tagName === 'br') text += ' ';
      else if (!skip(child)) text += textOf(child, skip);
    }
  }
  return text;
}
