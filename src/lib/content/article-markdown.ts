import { unified } from '@astrojs/markdown-remark';
import { markdownOptions } from '../../plugins/index.ts';
import type { Config } from '../config.ts';
import { recordStore } from './paragraph-record.ts';

/**
 * The articles' Markdown processor: astro.config.mjs gives it to Astro, and
 * each rendering thread (markdown-threads.ts) builds its own from the same
 * configuration, so both render an article alike.
 */
export function articleMarkdown({ contentDir, writeRecords }: Pick<Config, 'contentDir' | 'writeRecords'>) {
  return unified(markdownOptions({ record: recordStore(contentDir, { write: writeRecords }) }));
}
