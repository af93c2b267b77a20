import { AUTHOR_SLUG } from './author-schema.ts';

/** One name in a byline: linked to the author's page when there is a file for them. */
export interface BylineName {
  name: string;
  /** The author file's name, `mara-lind`: their page is `authors/mara-lind/`. */
  slug?: string;
}

interface KnownAuthor {
  id: string;
  data: { name: string };
}

/**
 * An article's `author` values as the byline prints them: each is an author
 * file's name or the name that file gives (any case), else printed as written.
 */
export function resolveByline(values: readonly string[], authors: readonly KnownAuthor[]): BylineName[] {
  return values.map((value) => {
    const folded = value.toLocaleLowerCase('en');
    const known = authors.find((author) => author.id === value || author.data.name.toLocaleLowerCase('en') === folded);
    return known ? { name: known.data.name, slug: known.id } : { name: value };
  });
}

/**
 * Why an `author` value is wrong, or undefined: one written as a file name
 * (`jane-doe`) must have its file, so a typo fails the build instead of
 * printing a slug as a byline.
 */
export function unknownAuthor(
  value: string,
  slugs: ReadonlySet<string>,
  names: ReadonlySet<string>,
): string | undefined {
  if (!AUTHOR_SLUG.test(value) || slugs.has(value) || names.has(value.toLocaleLowerCase('en'))) return undefined;
  return `author: "${value}" names no author (there is no authors/${value}.md; a name printed as written needs a capital or a space)`;
}
