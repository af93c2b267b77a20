import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../../src/lib/content/article-markdown';
import { markdownOptions } from '../../../src/plugins/index';
import { recordStore } from '../../../src/lib/content/paragraph-record';

const contentDir = mkdtempSync(join(tmpdir(), 'broadsheet-article-markdown-'));
const shared = { syntaxHighlight: false as const, image: {} };
const ours = await articleMarkdown({ contentDir, writeRecords: false }).createRenderer(shared);
// The same plugins, finished by Astro itself: rehype-raw over the whole tree, then rehype-stringify.
const astros = await unified(markdownOptions({ record: recordStore(contentDir, { write: false }) })).createRenderer(
  shared,
);
const fixtures = new URL('../../fixtures/content/', import.meta.url);
const articles = readdirSync(fixtures)
  .filter((name) => name.endsWith('.md'))
  .map((name) => [name, parseFrontmatter(readFileSync(new URL(name, fixtures), 'utf8'))] as const);

describe('articleMarkdown', () => {
  it.each(articles)(
    'renders %s exactly as Astro finishes it, headings included',
    async (_, { content, frontmatter }) => {
      const theirs = await astros.render(content, { frontmatter: structuredClone(frontmatter) });
      const mine = await ours.render(content, { frontmatter: structuredClone(frontmatter) });
      expect(mine.code).toBe(theirs.code);
      expect(mine.metadata).toEqual(theirs.metadata);
    },
  );

  it('leaves an article with images to Astro, whose image step needs the tree', async () => {
    const markdown = 'A harbour at dawn.\n\n![The harbour](./harbour.jpg)\n\n## After\n\nMore text.\n';
    const fileURL = new URL('harbour-at-dawn.md', fixtures);
    const mine = await ours.render(markdown, { frontmatter: {}, fileURL });
    expect(mine).toEqual(await astros.render(markdown, { frontmatter: {}, fileURL }));
    expect(mine.metadata.localImagePaths).toEqual(['./harbour.jpg']);
    expect(mine.code).toContain('__ASTRO_IMAGE_');
  });

  it('returns the headings with their ids and leaves nothing of its own in the front matter', async () => {
    const frontmatter = { title: 'Talks' };
    const { code, metadata } = await ours.render('## Talks go on\n\nThey said so.\n', { frontmatter });
    expect(code).toContain('<h2 id="talks-go-on">Talks go on</h2>');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'talks-go-on', text: 'Talks go on' }]);
    expect(Object.keys(frontmatter).sort()).toEqual(['renderedFacts', 'title']);
  });
});
