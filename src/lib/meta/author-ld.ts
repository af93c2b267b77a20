import { pathWithBase } from '../paths.ts';
import type { AuthorData } from '../content/author-schema.ts';
import { profilePageLd } from './profile-page-ld.ts';
import { SITE_NAME } from './site.ts';

/** The `ProfilePage` of an author's page, with absolute addresses. */
export function authorLd(author: { data: AuthorData }, url: string, site: URL): Record<string, unknown> {
  const { name, role, bio, links, image } = author.data;
  return profilePageLd({
    url,
    name,
    role,
    bio,
    links: links.map((link) => link.url),
    image: image ? new URL(/^https?:\/\//.test(image) ? image : pathWithBase(image), site).href : undefined,
    publisher: { name: SITE_NAME, url: new URL(pathWithBase(''), site).href },
  });
}
