import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../plugins/index.ts';
import rehypeFinishHtml, { FINISHED_KEY, type Finished } from '../../plugins/rehype-finish-html.ts';
import type { Config } from '../config.ts';
import { recordStore } from './paragraph-record.ts';

type Processor = ReturnType<typeof unified>;
type Result = Awaited<ReturnType<Awaited<ReturnType<Processor['createRenderer']>>['render']>>;

/**
 * The articles' Markdown processor: astro.config.mjs gives it to Astro, and
 * each rendering thread (markdown-threads.ts) builds its own from the same
 * configuration, so both render an article alike. Its last plugin finishes
 * the HTML itself (rehype-finish-html.ts); the renderer puts that HTML and
 * its headings where Astro's own would be.
 */
export function articleMarkdown({ contentDir, writeRecords }: Pick<Config, 'contentDir' | 'writeRecords'>): Processor {
  const options = markdownOptions({ record: recordStore(contentDir, { write: writeRecords }) });
  const processor = unified({ ...options, rehypePlugins: [...options.rehypePlugins, rehypeFinishHtml] });
  return {
    ...processor,
    async createRenderer(shared) {
      const renderer = await processor.createRenderer(shared);
      return { render: async (content, opts) => finished(await renderer.render(content, opts)) };
    },
  };
}

/** The result with the HTML and headings the last plugin finished, if it did. */
function finished(result: Result): Result {
  const frontmatter = result.metadata.frontmatter as Record<string, unknown>;
  const done = frontmatter[FINISHED_KEY] as Finished | undefined;
  if (done === undefined) return result;
  // Out of the entry's front matter: only the renderer's result carries it.
  Reflect.deleteProperty(frontmatter, FINISHED_KEY);
  return { code: done.html, metadata: { ...result.metadata, headings: done.headings } };
}
