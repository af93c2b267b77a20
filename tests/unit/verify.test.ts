import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { checkHtml } from '../../src/lib/verify/check-html.ts';
import { checkIds } from '../../src/lib/verify/check-ids.ts';
import { checkLinks } from '../../src/lib/verify/check-links.ts';
import { checkPages } from '../../src/lib/verify/check-pages.ts';
import { checkParagraphs } from '../../src/lib/verify/check-paragraphs.ts';
import { checkSearchIndex, readSearchIndex } from '../../src/lib/verify/check-search-index.ts';
import { markdownParagraphs } from '../../src/lib/verify/markdown-paragraphs.ts';
import { comparable, plainText } from '../../src/lib/verify/markdown-text.ts';
import { articleId, parseArticle, readArticles, type SourceArticle } from '../../src/lib/verify/read-articles.ts';
import { createSite, type Site } from '../../src/lib/verify/read-site.ts';
import { formatReport } from '../../src/lib/verify/report.ts';

const root = new URL('../../', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'broadsheet-verify-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Write files under a fresh temp folder; returns the folder. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(work, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A page shaped like ours: chrome with `bs:` ids, an article whose paragraphs carry permalinks. */
function page(title: string, body: string, { base = '/', lang = 'en' } = {}): string {
  return `<!DOCTYPE html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="${base}favicon.svg" type="image/svg+xml"></head>
<body id="bs:top">
<header><a href="${base}">Broadsheet</a></header>
<main id="bs:main">
${body}
</main>
</body>
</html>
`;
}

function articlePage(title: string, paragraphs: string[], options: { base?: string; bodies?: number } = {}): string {
  const ps = paragraphs
    .map((text, i) => `<p id="p${i}">${text} <a class="permalink" href="#p${i}" data-pagefind-ignore>¶</a></p>`)
    .join('\n');
  const prose =
    options.bodies === 0 ? `<div class="prose">${ps}</div>` : `<div class="prose" data-pagefind-body>${ps}</div>`;
  const extra = options.bodies === 2 ? '<div data-pagefind-body></div>' : '';
  return page(
    title,
    `<article><h1>${title}</h1><p class="standfirst">Standfirst.</p>${prose}${extra}<p><a href="#bs:top">Top</a></p></article>`,
    options,
  );
}

const md = (front: string, body: string) => `---\n${front}\n---\n${body}`;

/** Two published articles and a draft, and the site built from them. */
function goodFixture(base = '/'): { site: Site; articles: SourceArticle[] } {
  const articles = [
    parseArticle(
      'first-story.md',
      md('title: First', '\nOne "quoted" -- *bold* [link](https://x.org).\n\n## Sub\n\nTwo.\n'),
    ),
    parseArticle('World/Second Story.md', md('title: Second', '\nOnly one.\n')),
    parseArticle('wip.md', md('title: WIP\ndraft: true', '\nNot yet.\n')),
  ];
  const site = createSite(
    {
      'index.html': page(
        'Home',
        `<a href="${base}articles/first-story/">1</a> <a href="articles/world/second-story/#p0">2</a>`,
        { base },
      ),
      'favicon.svg': '',
      'articles/first-story/index.html': articlePage('First', ['One “quoted” — bold link.', 'Two.'], { base }),
      'articles/world/second-story/index.html': articlePage('Second', ['Only one.'], { base }),
    },
    base,
  );
  return { site, articles };
}

describe('reading articles', () => {
  it('should give the ids Astro’s glob loader gives', () => {
    expect(articleId('World/Second Story.md', {})).toBe('world/second-story');
    expect(articleId('news/index.md', {})).toBe('news');
    expect(articleId('Ünïcode Title!.md', {})).toBe('ünïcode-title');
    expect(articleId('whatever.md', { slug: 'Custom/Slug' })).toBe('Custom/Slug');
  });

  it('should read drafts, the body and the line it starts on', () => {
    const article = parseArticle('a.md', md('title: A\ndraft: true', '\nBody.\n'), 'content');
    expect(article).toMatchObject({ file: 'content/a.md', id: 'a', draft: true, bodyLine: 4 });
    expect(article.body).toBe('\n\nBody.\n');
    expect(parseArticle('b.md', 'No front matter.').draft).toBe(false);
    expect(parseArticle('c.md', md('title: [broken', '')).error).toMatch(/not valid YAML/);
  });

  it('should find Markdown files in sub-folders but not dot files', () => {
    const dir = folder('content', { 'a.md': 'A', 'sub/b.md': 'B', '.hidden/c.md': 'C', 'notes.txt': 'N' });
    expect(readArticles(dir).map((article) => article.id)).toEqual(['a', 'sub/b']);
  });
});

describe('source paragraphs', () => {
  it('should keep plain paragraphs with their lines and skip other blocks', () => {
    const body = [
      'First line',
      'goes on.',
      '',
      '# Head',
      '',
      '- item',
      '',
      '> quote',
      '',
      '```',
      'code',
      '',
      'more',
      '```',
      '',
      '    indented',
      '',
      '<div>',
      '',
      'Setext',
      '===',
      '',
      '| a |',
      '',
      '[r]: https://x',
      '',
      'Text',
      '- list',
      '',
      'Last.',
      '',
      '<iframe src="x"></iframe>',
      '',
      '<em>Lead</em> in.',
    ].join('\n');
    expect(markdownParagraphs(body)).toEqual([
      { line: 0, text: 'First line goes on.' },
      { line: 26, text: 'Text' },
      { line: 29, text: 'Last.' },
      { line: 33, text: 'Lead in.' },
    ]);
  });

  it('should reduce inline Markdown and HTML to the text a reader sees', () => {
    expect(
      plainText('A [link](https://x.org/a_(b) "t"), ![img](i.png)`co*de` &amp; <em>em</em> \\*x\\* <https://a.b>'),
    ).toBe('A link, co*de & em *x* https://a.b');
    expect(comparable('He said "so" -- and... *really* it’s')).toBe(comparable("He said “so” — and… really it's"));
  });
});

describe('checkPages', () => {
  it('should pass a site with one page per published article', () => {
    const { site, articles } = goodFixture();
    expect(checkPages(site, articles).problems).toEqual([]);
  });

  it('should catch a missing page, a draft’s page, a stray page and a bad pagefind body', () => {
    const { articles } = goodFixture();
    const site = createSite({
      'articles/first-story/index.html': articlePage('First', ['x'], { bodies: 2 }),
      'articles/wip/index.html': articlePage('WIP', ['x']),
      'articles/old/index.html': articlePage('Old', ['x']),
      'about/index.html': articlePage('About', ['x']),
    });
    const messages = checkPages(site, articles).problems.map((p) => `${p.file}: ${p.message}`);
    expect(messages).toEqual([
      'content/World/Second Story.md: has no page: expected dist/articles/world/second-story/index.html',
      'content/wip.md: is a draft (draft: true) but has a page: dist/articles/wip/index.html',
      'dist/articles/first-story/index.html: has 2 data-pagefind-body elements; an article page needs exactly 1',
      'dist/articles/wip/index.html: is an article page with no published article in the content folder',
      'dist/articles/old/index.html: is an article page with no published article in the content folder',
      'dist/about/index.html: has data-pagefind-body but is not an article page, so search would list it',
    ]);
  });

  it('should catch two articles with one id', () => {
    const articles = [parseArticle('a b.md', 'A'), parseArticle('A-B.md', 'B')];
    const site = createSite({ 'articles/a-b/index.html': articlePage('A', ['A']) });
    expect(checkPages(site, articles).problems.map((p) => p.message)).toEqual([
      'has the same id "a-b" as content/a b.md: only one of them can have dist/articles/a-b/index.html',
    ]);
  });
});

describe('checkSearchIndex', () => {
  const fragment = (url: string) => gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify({ url, content: '' })}`));
  const entry = (counts: Record<string, number>) =>
    JSON.stringify({
      version: '1.6.0',
      languages: Object.fromEntries(Object.entries(counts).map(([l, n]) => [l, { page_count: n }])),
    });
  const { articles } = goodFixture();

  const bundles = (...counts: number[]) =>
    JSON.stringify({
      bundles: counts.map((pages, i) => ({ path: i ? 'pagefind-archive/' : 'pagefind/', pages, languages: ['en'], newest: '2024-01-01', oldest: '2024-01-01' })),
    });

  it('should pass when each published article is indexed once', () => {
    const dir = folder('index-good', {
      'pagefind/bundles.json': bundles(2),
      'pagefind/pagefind-entry.json': entry({ en: 1, ru: 1 }),
      'pagefind/fragment/en_1.pf_fragment': fragment('/articles/first-story/'),
      'pagefind/fragment/ru_2.pf_fragment': fragment('/articles/world/second-story/'),
    });
    expect(checkSearchIndex(readSearchIndex(dir), articles).problems).toEqual([]);
  });

  it('should read every bundle: the newest articles’ and the archive’s', () => {
    const dir = folder('index-archive', {
      'pagefind/bundles.json': bundles(1, 1),
      'pagefind/pagefind-entry.json': entry({ en: 1 }),
      'pagefind/fragment/en_1.pf_fragment': fragment('/articles/first-story/'),
      'pagefind-archive/pagefind-entry.json': entry({ ru: 1 }),
      'pagefind-archive/fragment/ru_2.pf_fragment': fragment('/articles/world/second-story/'),
    });
    expect(checkSearchIndex(readSearchIndex(dir), articles).problems).toEqual([]);
  });

  it('should catch wrong counts, missing, doubled and foreign pages, and unreadable fragments', () => {
    const dir = folder('index-bad', {
      'pagefind/bundles.json': bundles(3),
      'pagefind/pagefind-entry.json': entry({ en: 4 }),
      'pagefind/fragment/en_1.pf_fragment': fragment('/articles/first-story/'),
      'pagefind/fragment/en_2.pf_fragment': fragment('/articles/first-story/'),
      'pagefind/fragment/en_3.pf_fragment': fragment('/search/'),
      'pagefind/fragment/en_4.pf_fragment': 'not gzip',
    });
    const messages = checkSearchIndex(readSearchIndex(dir), articles).problems.map((p) => p.message);
    expect(messages).toHaveLength(6);
    expect(messages).toContain(`indexes 4 pages, but ${dir}/pagefind/bundles.json says 3`);
    expect(messages).toContain('indexes 4 pages, but 2 articles published');
    expect(messages).toContain('is in the search index 2 times (as /articles/first-story/); expected once');
    expect(messages).toContain('is in the search index 0 times (as /articles/world/second-story/); expected once');
    expect(messages).toContain('indexes /search/, which is not a published article');
    expect(messages.some((m) => m.startsWith('cannot read this fragment'))).toBe(true);
  });

  it('should report a missing bundle', () => {
    const problems = checkSearchIndex(readSearchIndex(folder('index-none', { 'x.txt': '' })), articles).problems;
    expect(problems[0]?.message).toMatch(/cannot read the list of search bundles/);
  });

  it('should report a bundle the list names but the build did not write', () => {
    const dir = folder('index-lost', { 'pagefind/bundles.json': bundles(1, 1), 'pagefind/pagefind-entry.json': entry({ en: 1 }) });
    const problems = checkSearchIndex(readSearchIndex(dir), articles).problems;
    expect(problems.some((p) => p.file === `${dir}/pagefind-archive/pagefind-entry.json` && /cannot read the Pagefind entry file/.test(p.message))).toBe(true);
  });
});

describe('checkParagraphs', () => {
  it('should pass when every paragraph is on the page, typography and permalinks aside', () => {
    const { site, articles } = goodFixture();
    expect(checkParagraphs(site, articles).problems).toEqual([]);
  });

  it('should name the paragraph, its line and where the page departs from it', () => {
    const articles = [
      parseArticle('a.md', md('title: A', '\nAlpha paragraph here.\n\nBravo paragraph is long enough.\n')),
    ];
    const site = createSite({
      'articles/a/index.html': articlePage('A', ['Alpha paragraph here.', 'Bravo paragraph is long, enough.']),
    });
    const [problem, ...rest] = checkParagraphs(site, articles).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'content/a.md', line: 7 });
    expect(problem?.message).toBe(
      'paragraph 2 is not on dist/articles/a/index.html: closest is at 8:1, which differs after 23 characters: ' +
        'source "…vo paragraph is long enough." vs page "…vo paragraph is long, enough."',
    );
  });

  it('should catch paragraphs out of order', () => {
    const articles = [parseArticle('a.md', md('title: A', '\nAlpha.\n\nBravo.\n'))];
    const site = createSite({ 'articles/a/index.html': articlePage('A', ['Bravo.', 'Alpha.']) });
    expect(checkParagraphs(site, articles).problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^paragraph 2 is out of order/),
    ]);
  });
});

describe('checkIds', () => {
  it('should pass unique ids and catch a repeated one with its lines', () => {
    expect(checkIds(goodFixture().site).problems).toEqual([]);
    const site = createSite({ 'a.html': '<p id="x">1</p>\n<p id="y">2</p>\n<p id="x">3</p>' });
    expect(checkIds(site).problems).toEqual([
      { file: 'dist/a.html', line: 1, column: 1, message: 'id "x" is used 2 times (at 1:1, 3:1)' },
    ]);
  });
});

describe('checkLinks', () => {
  it('should pass a site whose links, assets and fragments all resolve, under a base path too', () => {
    expect(checkLinks(goodFixture().site).problems).toEqual([]);
    expect(checkLinks(goodFixture('/news/').site).problems).toEqual([]);
  });

  it('should catch missing files, missing ids, a missing slash and links outside the base', () => {
    const links = [
      '<a href="/news/gone/">gone</a>',
      '<a href="/news/a/#nope">no id</a>',
      '<a href="../a/#there">ok</a>',
      '<a href="/news/a">no slash</a>',
      '<a href="/elsewhere/">outside</a>',
      '<img src="/news/img/x.png" srcset="/news/img/x.png 1x, /news/img/y.png 2x" alt="">',
      '<script src="missing.js"></script>',
      '<a href="#">top</a> <a href="#:~:text=foo">text</a> <a href="/news/rss.xml">rss</a>',
      '<a href="https://example.org/x">ext</a> <a href="mailto:a@b.c">mail</a> <img src="data:image/png;base64,AA" alt="">',
    ];
    const site = createSite(
      {
        'a/index.html': '<h2 id="there">There</h2>',
        'b/index.html': links.join('\n'),
        'img/x.png': '',
        'rss.xml': '',
      },
      '/news/',
    );
    const problems = checkLinks(site).problems;
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '1: <a href> "/news/gone/": no file dist/gone/index.html',
      '2: <a href> "/news/a/#nope": no id "nope" in dist/a/index.html',
      '4: <a href> "/news/a": missing trailing slash: the page is /news/a/',
      '5: <a href> "/elsewhere/": points outside the base path /news/',
      '6: <img srcset> "/news/img/y.png": no file dist/img/y.png',
      '7: <script src> "missing.js": no file dist/b/missing.js',
    ]);
    expect(checkLinks(site).checked).toBe(12);
  });
});

describe('checkHtml', () => {
  it('should pass our markup, `bs:` ids and the search listbox included', async () => {
    const site = createSite({
      'index.html': page(
        'Home',
        '<div role="listbox" id="bs:results" aria-label="Results"></div><ul aria-label="Tags"><li>a</li></ul>',
      ),
    });
    expect((await checkHtml(site.pages)).problems).toEqual([]);
  });

  it('should report each error with rule, line and column', async () => {
    const site = createSite({
      'index.html': page('Home', '<img src="/favicon.svg">\n<p style="color: red">Styled</p>'),
    });
    const problems = (await checkHtml(site.pages)).problems;
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message.split(':')[0]}`)).toEqual([
      '7:2 wcag/h37',
      '8:4 no-inline-style',
    ]);
  });
});

describe('formatReport', () => {
  const totals = { dist: 'dist', pages: 3, articles: 2, links: 10 };

  it('should end with OK and the totals when nothing is wrong', () => {
    expect(formatReport([{ name: 'ids', summary: '4 ids', checked: 4, problems: [] }], totals)).toBe(
      '✓ ids: 4 ids\nverify: dist/ OK (3 pages, 2 articles, 10 links)',
    );
  });

  it('should group problems per file, in line order, and count them', () => {
    const problems = [
      { file: 'dist/b.html', line: 9, message: 'late' },
      { file: 'dist/a.html', message: 'whole file' },
      { file: 'dist/b.html', line: 2, column: 5, message: 'early' },
    ];
    expect(formatReport([{ name: 'links', summary: '3 links', checked: 3, problems }], totals)).toBe(
      [
        '✗ links: 3 links, 3 problems',
        '  dist/b.html',
        '    line 2:5: early',
        '    line 9: late',
        '  dist/a.html',
        '    whole file',
        'verify: 3 problems',
      ].join('\n'),
    );
  });
});

describe('the verify command', () => {
  function verify(dist: string, content: string): { status: number | null; output: string } {
    const result = spawnSync(
      process.execPath,
      [join(root, 'src/cli/verify.ts'), '--dist', dist, '--content', content, '--base', '/'],
      {
        encoding: 'utf8',
        env: { ...process.env, BASE_PATH: '' },
      },
    );
    return { status: result.status, output: result.stdout + result.stderr };
  }
  const content = folder('cli-content', { 'a.md': md('title: A', '\nHello there.\n') });
  const fragment = gzipSync(Buffer.from('pagefind_dcd{"url":"/articles/a/"}'));
  const pagefind = {
    'pagefind/bundles.json': '{"bundles":[{"path":"pagefind/","pages":1,"languages":["en"],"newest":"2024-01-01","oldest":"2024-01-01"}]}',
    'pagefind/pagefind-entry.json': '{"languages":{"en":{"page_count":1}}}',
    'pagefind/fragment/en_1.pf_fragment': fragment,
  };

  it('should exit 0 with a one-line verdict on a good site', () => {
    const dist = folder('cli-good', {
      ...pagefind,
      'articles/a/index.html': articlePage('A', ['Hello there.']),
      'index.html': page('Home', '<p>Hi</p>'),
      'favicon.svg': '',
    });
    const { status, output } = verify(dist, content);
    expect(output.trim().split('\n').at(-1)).toBe(`verify: ${dist}/ OK (2 pages, 1 article, 6 links)`);
    expect(status).toBe(0);
  });

  it('should exit 1 listing every problem', () => {
    const dist = folder('cli-bad', {
      ...pagefind,
      'articles/a/index.html': articlePage('A', ['Hello here.']),
      'index.html': page('Home', '<a href="/x/">x</a>'),
    });
    const { status, output } = verify(dist, content);
    expect(output).toContain('✗ paragraphs');
    expect(output).toContain('✗ links');
    expect(output).toMatch(/verify: \d+ problems\n$/);
    expect(status).toBe(1);
  });
});
