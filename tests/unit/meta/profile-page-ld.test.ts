import { describe, expect, it } from 'vitest';
import { profilePageLd } from '../../../src/lib/meta/profile-page-ld';

const facts = {
  url: 'https://news.example/authors/mara-lind/',
  name: 'Mara Lind',
  role: 'Diplomatic correspondent',
  bio: 'Covers diplomacy and trade.',
  links: ['https://pressclub.example/members/mara-lind'],
  publisher: { name: 'Broadsheet', url: 'https://news.example/' },
};

describe('profilePageLd', () => {
  it('is a ProfilePage about a Person, at the address the articles’ author url gives', () => {
    expect(profilePageLd(facts)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: 'https://news.example/authors/mara-lind/',
      mainEntity: {
        '@type': 'Person',
        name: 'Mara Lind',
        url: 'https://news.example/authors/mara-lind/',
        description: 'Covers diplomacy and trade.',
        jobTitle: 'Diplomatic correspondent',
        sameAs: ['https://pressclub.example/members/mara-lind'],
        worksFor: { '@type': 'NewsMediaOrganization', name: 'Broadsheet', url: 'https://news.example/' },
      },
    });
  });

  it('leaves out what the author file does not say', () => {
    const person = profilePageLd({ ...facts, role: undefined, links: [] })['mainEntity'] as Record<string, unknown>;
    expect(person).not.toHaveProperty('jobTitle');
    expect(person).not.toHaveProperty('sameAs');
    expect(person).not.toHaveProperty('image');
  });
});
