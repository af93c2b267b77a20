// Shared by the verify tests: in-memory sites shaped like ours, and temp folders.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import { parseArticle, type SourceArticle } from '../../../src/cli/verify/read-articles.ts';
import { createSite, type Site } from '../../../src/cli/verify/read-site.ts';

const work = mkdtempSync(join(tmpdir(), 'broadsheet-verify-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Write files under a fresh temp folder; returns the folder. */
export function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(work, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A page shaped like ours: chrome with `bs:` ids, an article whose paragraphs carry permalinks. */
export function page(title: string, body: string, { base = '/', lang = 'en' } = {}): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="${base}favicon.svg" type="image/svg+xml"></head>
<body id="bs:top">
<header><a href="${base}">Broadsheet</a></header>
<main id="bs:main">
${body}
</main>
</body>
</html>
`;
}

export function articlePage(
  title: string,
  paragraphs: string[],
  options: { base?: string; bodies?: number } = {},
): string {
  const ps = paragraphs
    .map((text, i) => `<p id="p${i}">${text} <a class="permalink" href="#p${i}" data-pagefind-ignore>¶</a></p>`)
    .join('\n');
  const prose =
    options.bodies === 0 ? `<div class="prose">${ps}</div>` : `<div class="prose" data-pagefind-body>${ps}</div>`;
  const extra = options.bodies === 2 ? '<div data-pagefind-body></div>' : '';
  return page(
    title,
    `<article><h1>${title}</h1><p class="standfirst">Standfirst.</p>${prose}${extra}<p><a href="#bs:top">Top</a></p></article>`,
    options,
  );
}

export const md = (front: string, body: string) => `---\n${front}\n---\n${body}`;

/** Two published articles and a draft, and the site built from them. */
export function goodFixture(base = '/'): { site: Site; articles: SourceArticle[] } {
  const articles = [
    parseArticle(
      'first-story.md',
      md('title: First', '\nOne "quoted" -- *bold* [link](https://x.org).\n\n## Sub\n\nTwo.\n'),
    ),
    parseArticle('World/Second Story.md', md('title: Second', '\nOnly one.\n')),
    parseArticle('wip.md', md('title: WIP\ndraft: true', '\nNot yet.\n')),
  ];
  const site = createSite(
    {
      'index.html': page(
        'Home',
        `<a href="${base}articles/first-story/">1</a> <a href="articles/world/second-story/#p0">2</a>`,
        { base },
      ),
      'favicon.svg': '',
      'articles/first-story/index.html': articlePage('First', ['One “quoted” — bold link.', 'Two.'], { base }),
      'articles/world/second-story/index.html': articlePage('Second', ['Only one.'], { base }),
    },
    base,
  );
  return { site, articles };
}
