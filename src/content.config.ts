import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './lib/article-schema';

const articles = defineCollection({
  // CONTENT_DIR points the collection at another folder (benchmarks, edge-case
  // fixtures) so the real `content/` stays untouched.
  loader: glob({ pattern: '**/*.md', base: process.env['CONTENT_DIR'] || './content' }),
  schema: articleSchema,
});

export const collections = { articles };
