/**
 * Search relevance over generated articles: for a sample of articles, a
 * two-word query made of the rarest words of one of its paragraphs (words no
 * other paragraph of the article holds), so the answer is known. Asked on the
 * search page, as a reader would: does the top result name that article, and
 * does that article's headline link land on that paragraph?
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Browser } from 'playwright-core';
import { rehype } from 'rehype';
import { visit } from 'unist-util-visit';
import { freshContext } from './browser.ts';

export interface RelevanceQuery {
  query: string;
  article: string;
  paragraph: string;
}

export interface RelevanceResult {
  queries: number;
  /** Share of queries whose top result is the answer's article. */
  articleAt1: number;
  /**
   * Of the queries whose answer article is among the first 100 results
   * (`found`), the share whose headline link lands on the answer paragraph:
   * our ranking of paragraphs, Pagefind's ranking of articles aside.
   */
  paragraphAt1: number;
  found: number;
  misses: (RelevanceQuery & { got: string })[];
}

interface PageParagraphs {
  slug: string;
  paragraphs: { id: string; words: Set<string> }[];
}

/** The article pages' paragraphs as their built HTML holds them. */
function readPages(outDir: string, limit: number): PageParagraphs[] {
  const dir = join(outDir, 'articles');
  return readdirSync(dir)
    .sort()
    .slice(0, limit)
    .map((slug) => {
      const paragraphs: PageParagraphs['paragraphs'] = [];
      visit(rehype().parse(readFileSync(join(dir, slug, 'index.html'), 'utf8')), 'element', (node: Element) => {
        if (node.tagName !== 'p' || typeof node.properties['id'] !== 'string') return;
        const words =
          toString(node)
            .toLowerCase()
            .match(/\p{Ll}{4,}/gu) ?? [];
        paragraphs.push({ id: node.properties['id'], words: new Set(words) });
      });
      return { slug, paragraphs };
    });
}

/** A deterministic query set: every k-th article, the paragraph with the rarest two words of its own. */
export function relevanceQueries(outDir: string, count: number): RelevanceQuery[] {
  const pages = readPages(outDir, 2000);
  const frequency = new Map<string, number>();
  for (const page of pages)
    for (const word of new Set(page.paragraphs.flatMap((p) => [...p.words])))
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const step = Math.max(1, Math.floor(pages.length / count));
  const queries: RelevanceQuery[] = [];
  for (let index = 0; index < pages.length && queries.length < count; index += step) {
    const page = pages[index]!;
    let best: { words: string[]; score: number; id: string } | undefined;
    for (const paragraph of page.paragraphs) {
      const own = [...paragraph.words].filter((word) =>
        page.paragraphs.every((other) => other === paragraph || !other.words.has(word)),
      );
      if (own.length < 2) continue;
      const words = own.sort((a, b) => frequency.get(a)! - frequency.get(b)! || a.localeCompare(b)).slice(0, 2);
      const score = frequency.get(words[0]!)! + frequency.get(words[1]!)!;
      if (!best || score < best.score) best = { words, score, id: paragraph.id };
    }
    if (best) queries.push({ query: best.words.join(' '), article: page.slug, paragraph: best.id });
  }
  return queries;
}

export async function measureRelevance(
  browser: Browser,
  searchUrl: string,
  queries: RelevanceQuery[],
): Promise<RelevanceResult> {
  const context = await freshContext(browser);
  const page = await context.newPage();
  let articleHits = 0;
  let paragraphHits = 0;
  let found = 0;
  const misses: RelevanceResult['misses'] = [];
  try {
    for (const query of queries) {
      // Ten pages of results: the answer article may rank low among articles that share the words.
      await page.goto(`${searchUrl}?q=${encodeURIComponent(query.query)}&page=10`);
      await page
        .locator('search-page [role="status"]')
        .filter({ hasText: /(articles? for “.*”\.|No )/ })
        .waitFor({ timeout: 20_000 });
      const links = await page
        .locator('search-page .results > li h2 a')
        .evaluateAll((all) => all.map((link) => (link as HTMLAnchorElement).href));
      const parsed = links
        .map((href) => new URL(href))
        .map((url) => ({ slug: url.pathname.split('/').at(-2) ?? '', id: decodeURIComponent(url.hash.slice(1)) }));
      if (parsed[0]?.slug === query.article) articleHits++;
      const answer = parsed.find((link) => link.slug === query.article);
      if (answer) found++;
      if (answer?.id === query.paragraph) paragraphHits++;
      else
        misses.push({
          ...query,
          got: answer ? answer.id : `article not in the first 100 results (top: ${parsed[0]?.slug ?? 'none'})`,
        });
    }
  } finally {
    await context.close();
  }
  return {
    queries: queries.length,
    articleAt1: articleHits / queries.length,
    paragraphAt1: found ? paragraphHits / found : 0,
    found,
    misses,
  };
}
