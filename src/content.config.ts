import { defineCollection } from 'astro:content';
import { articleSchema } from './lib/content/article-schema';
import { articlesLoader } from './lib/content/articles-loader';
import { readConfig } from './lib/config';

const articles = defineCollection({
  // CONTENT_DIR points the collection at another folder (benchmarks, edge-case
  // fixtures) so the real `content/` stays untouched.
  loader: articlesLoader(readConfig().contentDir),
  schema: articleSchema,
});

export const collections = { articles };
