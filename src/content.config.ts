// `astro:content` re-exports defineCollection from here (its types too).
// Importing `astro:content` would load Astro's whole content runtime through
// Vite before any article is read: 0.7 s of every build's start-up.
import { defineCollection } from 'astro/content/config';
import { articleSchema } from './lib/content/article-schema';
import { articlesLoader } from './lib/content/articles-loader';
import { authorSchema } from './lib/content/author-schema';
import { authorsLoader } from './lib/content/authors-loader';
import { readConfig } from './lib/config';

const articles = defineCollection({
  // CONTENT_DIR points the collection at another folder (benchmarks, edge-case
  // fixtures) so the real `content/` stays untouched.
  loader: articlesLoader(readConfig().contentDir),
  schema: articleSchema,
});

// Bylines: content/authors/<slug>.md, each with a page of its own.
const authors = defineCollection({
  loader: authorsLoader(readConfig().contentDir),
  schema: authorSchema,
});

export const collections = { articles, authors };
