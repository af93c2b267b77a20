/** What an author's page says about them. */
export interface ProfileFacts {
  /** Absolute URL of their page. */
  url: string;
  name: string;
  role?: string | undefined;
  bio: string;
  /** Absolute URLs of their pages elsewhere. */
  links: string[];
  /** Absolute URL of their portrait. */
  image?: string | undefined;
  /** The publication they write for. */
  publisher: { name: string; url: string };
}

/**
 * schema.org `ProfilePage` whose main entity is the author as a `Person`
 * (https://developers.google.com/search/docs/appearance/structured-data/profile-page);
 * the same `url` the articles' `author` gives, so both name one person.
 */
export function profilePageLd(facts: ProfileFacts): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: facts.url,
    mainEntity: {
      '@type': 'Person',
      name: facts.name,
      url: facts.url,
      description: facts.bio,
      ...(facts.role ? { jobTitle: facts.role } : {}),
      ...(facts.image ? { image: facts.image } : {}),
      ...(facts.links.length ? { sameAs: facts.links } : {}),
      worksFor: { '@type': 'NewsMediaOrganization', name: facts.publisher.name, url: facts.publisher.url },
    },
  };
}
