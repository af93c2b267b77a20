import { describe, expect, it } from 'vitest';
import { checkImages } from '../../../src/cli/verify/check-images';
import type { SourceArticle } from '../../../src/cli/verify/read-articles';
import { createSite } from '../../../src/cli/verify/read-site';

const page = (policy: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="${policy}"><title>A</title></head><body>${body}</body></html>`;
const article: SourceArticle = { file: 'content/harbour.md', id: 'harbour', draft: false, body: '', bodyLine: 1 };

describe('checkImages', () => {
  it('names the article and the URL of an image its page’s policy would block', () => {
    const site = createSite({
      'articles/harbour/index.html': page("img-src 'self'", '<img src="https://img.other.org/harbour.jpg" alt="">'),
    });
    const result = checkImages(site, [article], 'https://news.example.org');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'content/harbour.md' });
    expect(result.problems[0]!.message).toContain(
      '"https://img.other.org/harbour.jpg" is blocked by the Content-Security-Policy',
    );
    expect(result.problems[0]!.message).toContain('add https://img.other.org to IMAGE_ORIGINS');
  });

  it('accepts images from the origins the policy lists, srcset candidates included', () => {
    const site = createSite({
      'articles/harbour/index.html': page(
        "img-src 'self' https://img.example.org",
        '<img src="https://img.example.org/a.jpg" srcset="https://img.example.org/a-2x.jpg 2x" alt=""><img src="/local.png" alt="">',
      ),
    });
    expect(checkImages(site, [article], 'https://news.example.org').problems).toEqual([]);
  });

  it('reports a blocked srcset candidate on a page that is not an article by its place', () => {
    const site = createSite({
      'index.html': page(
        "img-src 'self' https://img.example.org",
        '<img src="/a.png" srcset="https://elsewhere.net/a.png 2x" alt="">',
      ),
    });
    const [problem] = checkImages(site, [article], 'https://news.example.org').problems;
    expect(problem).toMatchObject({ file: 'dist/index.html', line: 1 });
    expect(problem!.message).toContain('<img srcset> "https://elsewhere.net/a.png"');
  });
});
