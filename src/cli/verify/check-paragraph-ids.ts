import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { RECORD_FOLDER, parseRecord } from '../../lib/content/paragraph-record.ts';
import { articlePath, fileOf } from '../../lib/paths.ts';
import type { SourceArticle } from './read-articles.ts';
import { elements, hasClass, type Site } from './read-site.ts';
import { plural, type CheckResult, type Problem } from './types.ts';

/**
 * Paragraph links never break: every id an article's record says was
 * published is on its page (as a paragraph's id, or as an old id inside the
 * paragraph its text went to), and every paragraph on the page is in the
 * record, so the record committed is the record published.
 */
export function checkParagraphIds(site: Site, articles: SourceArticle[], contentDir: string): CheckResult {
  const problems: Problem[] = [];
  const pages = new Map(site.pages.map((page) => [page.path, page]));
  let checked = 0;
  for (const article of articles) {
    const page = !article.draft && pages.get(fileOf(articlePath(article.id)));
    if (!page) continue; // The pages check reports a missing page.
    const recordFile = join(contentDir, RECORD_FOLDER, `${article.id}.yaml`);
    const shown = `${contentDir.replace(/\/+$/, '')}/${RECORD_FOLDER}/${article.id}.yaml`;
    if (!existsSync(recordFile)) {
      problems.push({
        file: article.file,
        message: `has no record of its paragraph ids (${shown}): build it (npm run build) and commit the record`,
      });
      continue;
    }
    let record;
    try {
      record = parseRecord(readFileSync(recordFile, 'utf8'), shown);
    } catch (error) {
      problems.push({ file: shown, message: (error as Error).message });
      continue;
    }
    const prose = elements(page.tree).find((element) => hasClass(element, 'prose'));
    const onPage = new Map<string, Element>();
    for (const element of prose ? elements(prose) : []) {
      const id = element.properties['id'];
      if (typeof id === 'string') onPage.set(id, element);
    }
    for (const entry of record) {
      checked++;
      const element = onPage.get(entry.id);
      if (!element)
        problems.push({
          file: shown,
          message: `published id "${entry.id}" is not on ${page.file}: its links would break`,
        });
      else if (entry.at && !hasClass(element, 'old-id'))
        problems.push({
          file: shown,
          message: `"${entry.id}" is recorded as gone, but a paragraph on ${page.file} still has it`,
        });
    }
    const recorded = new Set(record.map((entry) => entry.id));
    for (const [id, element] of onPage) {
      if (element.tagName === 'p' && !recorded.has(id))
        problems.push({
          file: shown,
          message: `paragraph "${id}" of ${page.file} is not in the record: build it (npm run build) and commit the record`,
        });
    }
  }
  return { name: 'paragraph ids', checked, summary: `${plural(checked, 'published paragraph id')} resolved`, problems };
}
