import { z } from 'astro/zod';

/** The folder of author files inside the content folder: `content/authors/<slug>.md`. */
export const AUTHORS_FOLDER = 'authors';

/** An author's file name, as an article's `author` names it: lower case, digits and hyphens. */
export const AUTHOR_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Front matter of an author's file. Strict, like an article's: a typo fails the build. */
export const authorSchema = z.strictObject({
  /** The name as bylines print it. */
  name: z.string().trim().min(1, 'name must not be empty'),
  /** What they do at the paper: "Diplomatic correspondent". */
  role: z.string().trim().min(1).optional(),
  /** One or two sentences about them, shown on their page. */
  bio: z.string().trim().min(1, 'bio must not be empty'),
  /** Their pages elsewhere (a profile, a social account): also `sameAs` in structured data. */
  links: z.array(z.strictObject({ label: z.string().trim().min(1), url: z.url() })).default([]),
  /** A portrait: a URL, or a path under `public/`. */
  image: z.string().trim().min(1).optional(),
  /** Text alternative of `image`. */
  imageAlt: z.string().trim().min(1).optional(),
});

export type AuthorData = z.infer<typeof authorSchema>;
