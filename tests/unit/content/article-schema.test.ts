import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../src/lib/content/article-schema';

const good = { title: 'A headline', date: '2023-11-09' };

function issues(data: unknown): string[] {
  const result = articleSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('articleSchema', () => {
  it('should accept the minimal front matter and fill the defaults', () => {
    const data = articleSchema.parse(good);
    expect(data).toEqual({
      title: 'A headline',
      date: new Date('2023-11-09T00:00:00Z'),
      tags: [],
      author: [],
      kind: 'news',
      lang: 'en',
      draft: false,
      corrections: [],
    });
  });

  it('should take one author or several, always as a list', () => {
    expect(articleSchema.parse({ ...good, author: 'mara-lind' }).author).toEqual(['mara-lind']);
    expect(articleSchema.parse({ ...good, author: ['mara-lind', 'A. Reporter'] }).author).toEqual([
      'mara-lind',
      'A. Reporter',
    ]);
    expect(articleSchema.safeParse({ ...good, author: [] }).success).toBe(false);
  });

  it('should take the kinds of story a newsroom tells apart, and nothing else', () => {
    for (const kind of ['news', 'analysis', 'opinion', 'explainer', 'interview', 'sponsored'])
      expect(articleSchema.parse({ ...good, kind }).kind).toBe(kind);
    const wrong = articleSchema.safeParse({ ...good, kind: 'gossip' });
    expect(wrong.success).toBe(false);
    expect(wrong.error?.issues[0]?.path).toEqual(['kind']);
  });

  it('should take corrections with a date, a text and, optionally, the paragraph they concern', () => {
    const data = articleSchema.parse({
      ...good,
      corrections: [{ date: '2023-11-10', text: 'An earlier version misspelt a name.', paragraph: 'a-paragraph' }],
    });
    expect(data.corrections).toEqual([
      { date: new Date('2023-11-10T00:00:00Z'), text: 'An earlier version misspelt a name.', paragraph: 'a-paragraph' },
    ]);
    expect(articleSchema.safeParse({ ...good, corrections: [{ date: '2023-11-10', text: '' }] }).success).toBe(false);
    expect(
      articleSchema.safeParse({ ...good, corrections: [{ date: '2023-11-10', text: 'x', para: 'typo' }] }).success,
    ).toBe(false);
  });

  it('should accept every documented field', () => {
    const data = articleSchema.parse({
      ...good,
      description: 'Standfirst.',
      tags: ['china'],
      author: 'A. Reporter',
      source: 'https://example.com/story',
      lang: 'pt-BR',
      updated: '2023-11-10',
      draft: true,
      image: '/images/minsk.jpg',
      imageAlt: 'Delegates in Minsk',
    });
    expect(data.lang).toBe('pt-BR');
    expect(data.updated).toEqual(new Date('2023-11-10T00:00:00Z'));
    expect(data.draft).toBe(true);
    expect(data.tags).toEqual(['china']);
  });

  it('should refuse a missing or empty title', () => {
    expect(issues({ date: '2023-11-09' })[0]).toMatch(/^title:/);
    expect(issues({ ...good, title: '   ' })).toEqual(['title: title must not be empty']);
  });

  it('should refuse a missing or unreadable date', () => {
    expect(issues({ title: 'x' })[0]).toMatch(/^date:/);
    expect(issues({ ...good, date: 'yesterday' })[0]).toMatch(/^date:/);
  });

  it('should refuse an unknown key, naming it', () => {
    expect(issues({ ...good, titel: 'typo' }).join()).toContain('titel');
  });

  it('should refuse tags that are not a list of words, and a malformed lang', () => {
    expect(issues({ ...good, tags: 'china' })[0]).toMatch(/^tags:/);
    expect(issues({ ...good, lang: 'English' })[0]).toMatch(/^lang:/);
  });
});
