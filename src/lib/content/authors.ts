import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { readConfig } from '../config';
import { AUTHORS_FOLDER } from './author-schema';
import type { Article } from './articles';
import { resolveByline, type BylineName } from './bylines';

export type Author = CollectionEntry<'authors'>;

let authors: Promise<Author[]> | undefined;

/** Every author with a file, by name. */
export function getAuthors(): Promise<Author[]> {
  // Asked once an article page: the folder is looked for once. A newsroom without author files
  // is fine (bylines print as written): no collection to ask, and no warning.
  authors ??= existsSync(join(readConfig().contentDir, AUTHORS_FOLDER))
    ? getCollection('authors').then((all) => all.sort((a, b) => a.data.name.localeCompare(b.data.name)))
    : Promise.resolve([]);
  return authors;
}

/** An article's byline, each name linked to its author's page when there is one. */
export async function bylineOf(article: Article): Promise<BylineName[]> {
  return resolveByline(article.data.author, await getAuthors());
}
