import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig } from '../config';
import { getArticles, htmlIdentity, renderedFacts, type Article } from './articles';
import { relatedArticles } from './related-articles';

let related: Promise<Map<string, Article[]>> | undefined;

/**
 * Each published article's related reading (related-articles.ts), computed
 * once a build, and only when what it compares changed since the last one
 * (at 10,000 articles, reading every article's words and comparing them
 * takes 2 s of a rebuild).
 */
export function getRelated(): Promise<Map<string, Article[]>> {
  related ??= getArticles().then((articles) => {
    const byId = new Map(articles.map((article) => [article.id, article]));
    const ids = remembered(articles, () =>
      relatedArticles(
        articles.map((article) => ({
          id: article.id,
          date: article.data.date,
          tags: article.data.tags,
          terms: renderedFacts(article)?.terms ?? {},
          // Paid-for content is never recommended beside the newsroom's own.
          unlisted: article.data.kind === 'sponsored',
        })),
      ),
    );
    return new Map([...ids].map(([id, others]) => [id, others.map((other) => byId.get(other)!)]));
  });
  return related;
}

/**
 * The related ids from the last build's file when they were computed from
 * the same inputs: each article's id, date, tags, kind and rendered HTML
 * (whose words are the terms), and this code.
 */
function remembered(articles: readonly Article[], compute: () => Map<string, string[]>): Map<string, string[]> {
  // The dev server runs the sources, and this file's source does not cover the code it imports.
  if (import.meta.env.DEV) return compute();
  const file = join(readConfig().cacheDir, 'broadsheet', 'related.json');
  const key = createHash('sha256')
    .update(readFileSync(fileURLToPath(import.meta.url)))
    .update(JSON.stringify(articles.map((a) => [a.id, a.data.date, a.data.tags, a.data.kind, htmlIdentity(a)])))
    .digest('hex');
  try {
    const saved = existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as { key: string; ids: [string, string[]][] })
      : undefined;
    if (saved?.key === key) return new Map(saved.ids);
  } catch {
    // Unreadable: computed again.
  }
  const ids = compute();
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, JSON.stringify({ key, ids: [...ids] }));
  return ids;
}
