import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AstroConfig, ContentEntryRenderFunction, ContentEntryType } from 'astro';
import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../../src/lib/content/article-markdown';
import { threadedEntryTypes, type EntryTypes } from '../../../src/lib/content/markdown-threads';

const WORKER = join(process.cwd(), 'src/lib/content/markdown-worker.ts');
const markdown = { contentDir: mkdtempSync(join(tmpdir(), 'broadsheet-threads-')), writeRecords: false };
const config = {
  image: {},
  markdown: { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: false },
} as unknown as AstroConfig;
const bodies = [
  'Moscow said on Monday that the talks would go on.\n\n## Then\n\nA second paragraph, with *emphasis*.',
  'Переговоры продолжатся, сказали в Минске.',
  '<p onclick="alert(1)">Raw HTML, sanitized</p>\n\nAnd "quotes" -- set.',
];

/** Entry types whose Markdown renders in this thread, with Astro's processor for the articles, counting its renders. */
function entryTypesHere() {
  const count = { here: 0 };
  const type: ContentEntryType = {
    extensions: ['.md'],
    getEntryInfo: () => Promise.resolve({ data: {}, body: '', slug: '', rawData: '' }),
    async getRenderFunction() {
      const renderer = await articleMarkdown(markdown).createRenderer({ gfm: true, smartypants: false });
      return async (entry) => {
        count.here++;
        const result = await renderer.render(entry.body ?? '', { frontmatter: entry.data });
        const imagePaths = [...result.metadata.localImagePaths, ...result.metadata.remoteImagePaths];
        return { html: result.code, metadata: { ...result.metadata, imagePaths } };
      };
    },
  };
  return { entryTypes: new Map([['.md', type]]) as EntryTypes, count };
}

const renderer = (types: EntryTypes) => types.get('.md')!.getRenderFunction!(config);
const entry = (body: string, index: number): Parameters<ContentEntryRenderFunction>[0] => ({
  id: `a${index}`,
  data: { title: `Article ${index}` },
  body,
});

describe('threadedEntryTypes', () => {
  it('renders on its thread exactly what this thread renders, and renders here once the thread is full', async () => {
    const { entryTypes, count } = entryTypesHere();
    const alone = await renderer(entryTypes);
    const expected = await Promise.all(bodies.map((body, index) => alone(entry(body, index))));
    count.here = 0;
    const threads = threadedEntryTypes(entryTypes, { script: WORKER, markdown, threads: 1, startAfter: 0, depth: 2 });
    try {
      const render = await renderer(threads.entryTypes);
      // Three at once: the thread takes two, this thread the third.
      const got = await Promise.all(bodies.map((body, index) => render(entry(body, index))));
      expect(got).toEqual(expected);
      expect(count.here).toBe(1);
      expect(got[0]!.html).toContain('id="then"');
    } finally {
      await threads.close();
    }
  });

  it('fails an article its thread could not render, then renders here when the thread stops', async () => {
    const { entryTypes, count } = entryTypesHere();
    const script = join(process.cwd(), 'tests/fixtures/workers/stopping-markdown-worker.ts');
    const threads = threadedEntryTypes(entryTypes, { script, markdown, threads: 1, startAfter: 0 });
    try {
      const render = await renderer(threads.entryTypes);
      await expect(render(entry(bodies[0]!, 0))).rejects.toThrow('the plugin refused this article');
      await expect(render(entry(bodies[1]!, 1))).rejects.toThrow('its rendering thread stopped');
      const after = await render(entry(bodies[2]!, 2));
      expect(after.html).toContain('Raw HTML, sanitized');
      expect(count.here).toBe(1);
    } finally {
      await threads.close();
    }
  });

  it('starts its threads only once more articles than a small edit renders have rendered here', async () => {
    const { entryTypes, count } = entryTypesHere();
    const threads = threadedEntryTypes(entryTypes, { script: WORKER, markdown, threads: 1, startAfter: 2 });
    try {
      const render = await renderer(threads.entryTypes);
      for (const [index, body] of bodies.slice(0, 2).entries()) await render(entry(body, index));
      expect(count.here).toBe(2);
      // The third starts the thread and goes to it; so do the next, one at a time.
      for (const [index, body] of bodies.entries()) await render(entry(body, index + 2));
      expect(count.here).toBe(2);
    } finally {
      await threads.close();
    }
  });

  it('starts its threads before the first article when told enough are about to render, and not when too few', async () => {
    for (const [articles, here] of [
      [3, 0],
      [1, 2],
    ] as const) {
      const { entryTypes, count } = entryTypesHere();
      const threads = threadedEntryTypes(entryTypes, {
        script: WORKER,
        markdown,
        threads: 1,
        startAfter: 2,
        expected: { articles, config },
      });
      try {
        const render = await renderer(threads.entryTypes);
        for (const [index, body] of bodies.slice(0, 2).entries()) await render(entry(body, index));
        expect(count.here, `${articles} expected`).toBe(here);
      } finally {
        await threads.close();
      }
    }
  });

  it('leaves entry types without Markdown rendering as they are', async () => {
    const none = new Map() as EntryTypes;
    const threads = threadedEntryTypes(none, { script: WORKER, markdown });
    expect(threads.entryTypes).toBe(none);
    await threads.close();
  });
});
