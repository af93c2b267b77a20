import type { Element, Root } from 'hast';
import { markdownParagraphs } from './markdown-paragraphs.ts';
import { articlePath, fileOf } from '../../lib/paths.ts';
import { comparable } from './comparable.ts';
import type { SourceArticle } from './read-articles.ts';
import { elements, hasClass, placeOf, textOf, type Site } from './read-site.ts';
import { plural, type CheckResult, type Problem } from './types.ts';

/** A `<p>` of the page's article, as comparable text. */
interface PageParagraph {
  /** `line:column` in the page, for reports. */
  at: string;
  text: string;
}

// Not the author's words: the `¶` permalink our plugin appends to every
// paragraph, a corrected paragraph's mark, and a footnote's number (its mark
// in the source is a label).
const isChrome = (element: Element) =>
  (element.tagName === 'a' && (hasClass(element, 'permalink') || hasClass(element, 'correction-mark'))) ||
  'dataFootnoteRef' in element.properties;

/** The text of every `<p>` inside the page's `<article>`, in document order. */
export function pageParagraphs(tree: Root): PageParagraph[] {
  const article = elements(tree).find((element) => element.tagName === 'article');
  if (!article) return [];
  return elements(article)
    .filter((element) => element.tagName === 'p')
    .map((p) => {
      const { line, column } = placeOf(p);
      return { at: `${line}:${column}`, text: comparable(textOf(p, isChrome)) };
    });
}

/**
 * Every plain paragraph of every published article must appear verbatim, and
 * in the same order, among its page's article paragraphs. The page may hold
 * more (standfirst, byline): source paragraphs need only be a subsequence.
 */
export function checkParagraphs(site: Site, articles: SourceArticle[]): CheckResult {
  const problems: Problem[] = [];
  const pages = new Map(site.pages.map((page) => [page.path, page]));
  let compared = 0;
  for (const article of articles) {
    if (article.draft) continue;
    const page = pages.get(fileOf(articlePath(article.id)));
    if (!page) continue; // the pages check reports the missing page
    const onPage = pageParagraphs(page.tree);
    let cursor = 0;
    for (const [index, paragraph] of markdownParagraphs(article.body).entries()) {
      compared++;
      const text = comparable(paragraph.text);
      const found = onPage.findIndex((p, i) => i >= cursor && p.text === text);
      if (found !== -1) {
        cursor = found + 1;
        continue;
      }
      const where = { file: article.file, line: article.bodyLine + paragraph.line - 1 };
      const earlier = onPage.findIndex((p) => p.text === text);
      if (earlier !== -1) {
        problems.push({
          ...where,
          message: `paragraph ${index + 1} is out of order on ${page.file} (found at ${onPage[earlier]?.at}, before the previous paragraph)`,
        });
      } else {
        problems.push({
          ...where,
          message: `paragraph ${index + 1} is not on ${page.file}: ${closest(text, onPage.slice(cursor))}`,
        });
      }
    }
  }
  return {
    name: 'paragraphs',
    checked: compared,
    summary: `${plural(compared, 'source paragraph')} compared`,
    problems,
  };
}

/** Say where the nearest page paragraph (longest shared start) departs from the source. */
function closest(text: string, candidates: PageParagraph[]): string {
  let best: PageParagraph | undefined;
  let bestLength = 0;
  for (const candidate of candidates) {
    let n = 0;
    while (n < text.length && text[n] === candidate.text[n]) n++;
    if (n > bestLength) [best, bestLength] = [candidate, n];
  }
  if (!best || bestLength < 12) return `"${clip(text, 0)}"`;
  const at = Math.max(0, bestLength - 20);
  const differs = `closest is at ${best.at}, which differs after ${bestLength} characters`;
  return `${differs}: source "${clip(text, at)}" vs page "${clip(best.text, at)}"`;
}

/** Sixty characters of `text` from `from`, marked with … where cut. (Texts are folded: see `comparable`.) */
function clip(text: string, from: number): string {
  const part = text.slice(from, from + 60);
  return `${from > 0 ? '…' : ''}${part}${from + 60 < text.length ? '…' : ''}`;
}
