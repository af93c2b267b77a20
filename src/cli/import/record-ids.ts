import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { readFrontMatter } from '../../lib/content/front-matter.ts';
import { recordStore } from '../../lib/content/paragraph-record.ts';
import { markdownOptions } from '../../plugins/index.ts';

/**
 * Start the record of a new article's paragraph ids, as its first build
 * would: the article goes through the site's own plugins (the same options
 * as astro.config.mjs), which write `.paragraph-ids/<id>.yaml` in its folder.
 */
export async function recordParagraphIds(file: string, markdown: string, contentDir: string): Promise<void> {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    ...markdownOptions({ record: recordStore(contentDir, { write: true }) }),
  });
  await processor.render(readFrontMatter(markdown)?.body ?? markdown, {
    fileURL: pathToFileURL(file),
    frontmatter: {},
  });
}
