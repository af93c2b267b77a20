import type { Element } from 'hast';
import { elements, type Site } from './read-site.ts';
import { allows, imageSources, parsePolicy } from './csp-sources.ts';
import { isExternal, references } from './page-references.ts';
import { articlePath, fileOf } from '../../lib/paths.ts';
import type { SourceArticle } from './read-articles.ts';
import { plural, type CheckResult, type Problem } from './types.ts';

// The references that load an image (page-references.ts names them `<tag attribute>`).
const IMAGE_ATTRIBUTES = new Set([
  '<img src>',
  '<img srcset>',
  '<source srcset>',
  '<video poster>',
  '<input src>',
  '<image href>',
]);

/**
 * Every image a page loads from another origin must be allowed by that page's
 * own Content-Security-Policy (`img-src`, set from `IMAGE_ORIGINS`), or the
 * reader would see a broken image. Reported against the article's source
 * file when the page is an article.
 */
export function checkImages(site: Site, articles: SourceArticle[], origin: string): CheckResult {
  const sourceOf = new Map(articles.map((article) => [fileOf(articlePath(article.id)), article.file]));
  const problems: Problem[] = [];
  let checked = 0;
  for (const page of site.pages) {
    const policy = pagePolicy(elements(page.tree));
    const sources = policy && imageSources(parsePolicy(policy));
    const self = new URL(page.path, `${new URL(origin).origin}${site.base}`);
    for (const reference of references(page.tree)) {
      if (!IMAGE_ATTRIBUTES.has(reference.attribute) || !isExternal(reference.url)) continue;
      checked++;
      let url: URL;
      try {
        url = new URL(reference.url.trim(), self);
      } catch {
        continue; // The links check reports an unreadable URL.
      }
      if (!sources || allows(sources, url, self)) continue;
      const source = sourceOf.get(page.path);
      problems.push({
        file: source ?? page.file,
        ...(source ? {} : reference.place),
        message: `${reference.attribute} "${reference.url}" is blocked by the Content-Security-Policy (img-src ${sources.join(' ')})${source ? ` on ${page.file}` : ''}: add ${url.origin} to IMAGE_ORIGINS, or serve the image from the site`,
      });
    }
  }
  return {
    name: 'images',
    checked,
    summary: `${plural(checked, 'image')} from other origins`,
    problems,
  };
}

function pagePolicy(all: Element[]): string | undefined {
  const meta = all.find(
    (element) =>
      element.tagName === 'meta' &&
      String(element.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy',
  );
  return meta ? String(meta.properties['content'] ?? '') : undefined;
}
