import { z } from 'astro/zod';
import { STORY_KINDS } from './story-kind.ts';

/**
 * Front matter of an article. Strict: an unknown key (a typo such as `titel`)
 * fails the build instead of being silently dropped.
 */
export const articleSchema = z.strictObject({
  /** Headline. */
  title: z.string().trim().min(1, 'title must not be empty'),
  /** Publication day, `YYYY-MM-DD`. */
  date: z.coerce.date(),
  /** Last substantive update, `YYYY-MM-DD` (feeds `dateModified`). */
  updated: z.coerce.date().optional(),
  /** Standfirst: one or two sentences under the headline; also the meta description. */
  description: z.string().trim().min(1).optional(),
  tags: z.array(z.string().trim().min(1)).default([]),
  /**
   * The byline: one or several authors, each an author's file name under
   * `authors/` (`mara-lind`) or their name as that file gives it; any other
   * name is printed as written, unlinked.
   */
  author: z
    .union([z.string().trim().min(1), z.array(z.string().trim().min(1)).min(1)])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value])),
  /** What kind of story it is; anything but news is labelled above the headline. */
  kind: z.enum(STORY_KINDS).default('news'),
  /** Where the article first appeared (a URL or a publication's name). */
  source: z.string().trim().min(1).optional(),
  /** Language of the article (BCP 47); sets `<html lang>` and the search index language. */
  lang: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'lang must be a BCP 47 tag such as "en" or "pt-BR"')
    .default('en'),
  /** A draft has no page and is left out of the feed, the sitemap and the search index. */
  draft: z.boolean().default(false),
  /** Lead image for social previews: a URL, or a path under `public/` such as `/images/x.jpg`. */
  image: z.string().trim().min(1).optional(),
  /** Text alternative of `image`, for readers who cannot see it. */
  imageAlt: z.string().trim().min(1).optional(),
  /**
   * Corrections since publication, each dated, optionally tied to the
   * paragraph it concerns by that paragraph's id (a current or a recorded one).
   */
  corrections: z
    .array(
      z.strictObject({
        date: z.coerce.date(),
        text: z.string().trim().min(1, 'a correction needs its text'),
        paragraph: z.string().trim().min(1).optional(),
      }),
    )
    .default([]),
});

export type ArticleData = z.infer<typeof articleSchema>;
