import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { headersFor, parseHeadersFile } from '../../src/lib/deploy/headers-file';
import { article } from './fixtures';
import { expect, test } from './nginx-fixtures';

// What each kind of file must be sent with, written out here rather than
// taken from the rules: checked against nginx's answers and against
// dist/_headers read as Netlify or Cloudflare would.
const immutable = (value: string | undefined) =>
  expect(value?.split(/,\s*/).sort()).toEqual(['immutable', 'max-age=31536000', 'public']);
const revalidate = (value: string | undefined) =>
  expect(value?.split(/,\s*/).sort()).toEqual(['max-age=0', 'must-revalidate', 'public']);
const SECURITY = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy'];

const lowerCase = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));

/** A directive's sources in a policy. */
function sources(policy: string, directive: string): string[] {
  const found = policy.split(';').find((part) => part.trim().split(/\s+/)[0] === directive);
  return found ? found.trim().split(/\s+/).slice(1) : [];
}

/** The hashes a page's inline scripts and styles need, its `<meta>` policy and its scripts' addresses, from the page as parsed. */
function readPage(html: string): { scripts: string[]; styles: string[]; meta: string; sources: string[] } {
  const tree = fromHtml(html) as Root;
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const found = { scripts: [] as string[], styles: [] as string[], meta: '', sources: [] as string[] };
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'script' && node.properties['src']) found.sources.push(String(node.properties['src']));
    else if (node.tagName === 'script' && node.properties['type'] !== 'application/ld+json')
      found.scripts.push(hash(toString(node)));
    if (node.tagName === 'style') found.styles.push(hash(toString(node)));
    if (node.tagName === 'meta' && String(node.properties['httpEquiv']).toLowerCase() === 'content-security-policy')
      found.meta = String(node.properties['content']);
  });
  return found;
}

for (const [base, dir] of [
  ['/', 'dist'],
  ['/news/', 'dist-news'],
] as const) {
  const rules = () => parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
  const pagefindFile = (folder: string, ending: string) =>
    `${folder}${readdirSync(join(dir, folder)).find((name) => name.endsWith(ending))}`;

  test(`behind nginx at ${base}, an article page carries the whole policy as a header, frame-ancestors 'none' included`, async ({
    request,
    servers,
  }) => {
    const response = await request.get(`${servers[base]!.origin}${base}${article.path}`);
    expect(response.status()).toBe(200);
    const headers = response.headers();
    const policy = headers['content-security-policy']!;
    expect(sources(policy, 'frame-ancestors')).toEqual(["'none'"]);
    const page = readPage(await response.text());
    expect(page.scripts.length + page.styles.length).toBeGreaterThan(0);
    for (const hash of page.scripts) expect(sources(policy, 'script-src')).toContain(hash);
    for (const hash of page.styles) expect(sources(policy, 'style-src')).toContain(hash);
    // The header allows at least what the page's own <meta> allows (a browser enforces both).
    for (const directive of page.meta.split(';').filter((part) => part.trim())) {
      const [name, ...allowed] = directive.trim().split(/\s+/);
      for (const source of allowed) expect(sources(policy, name!), name).toContain(source);
    }
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['permissions-policy']).not.toMatch(/clipboard|web-share/);
    revalidate(headers['cache-control']);
    expect(headers['content-type']).toMatch(/^text\/html/);
  });

  test(`behind nginx at ${base}, each kind of file is cached and typed as it should be, as _headers says`, async ({
    request,
    servers,
  }) => {
    const origin = servers[base]!.origin;
    const html = await (await request.get(`${origin}${base}${article.path}`)).text();
    const script = readPage(html).sources.find((src) => src.startsWith(`${base}_astro/`));
    expect(script, 'the article page loads a script from _astro/').toBeTruthy();
    const archive = base === '/news/' ? 'pagefind-archive/2023/' : undefined;
    const pf = 'application/octet-stream';
    // [path, how long it may be cached, its content type]
    type Case = [path: string, caching: 'year' | 'revalidate', type: RegExp | string];
    const cases: Case[] = [
      [`${base}${article.path}`, 'revalidate', /^text\/html/],
      [base, 'revalidate', /^text\/html/],
      [`${base}rss.xml`, 'revalidate', /xml/],
      [script!, 'year', /javascript/],
      [`${base}pagefind/bundles.json`, 'revalidate', /^application\/json/],
      [`${base}pagefind/pagefind-entry.json`, 'revalidate', /^application\/json/],
      [`${base}pagefind/wasm.en.pagefind`, 'revalidate', pf],
      [`${base}${pagefindFile('pagefind/', '.pf_meta')}`, 'year', pf],
      [`${base}${pagefindFile('pagefind/fragment/', '.pf_fragment')}`, 'year', pf],
      [`${base}${pagefindFile('pagefind/index/', '.pf_index')}`, 'year', pf],
      [`${base}${pagefindFile('pagefind/filter/', '.pf_filter')}`, 'year', pf],
      [`${base}manifest.webmanifest`, 'revalidate', 'application/manifest+json'],
      ...(archive
        ? ([
            [`${base}${pagefindFile(`${archive}fragment/`, '.pf_fragment')}`, 'year', pf],
            [`${base}${archive}pagefind-entry.json`, 'revalidate', /^application\/json/],
          ] satisfies Case[])
        : []),
    ];
    for (const [path, caching, type] of cases) {
      const response = await request.get(`${origin}${path}`);
      expect(response.status(), path).toBe(200);
      const sent = response.headers();
      for (const headers of [sent, lowerCase(headersFor(rules(), path))]) {
        (caching === 'year' ? immutable : revalidate)(headers['cache-control']);
        // dist/_headers, read as the hosts read it, says what nginx sends.
        for (const name of SECURITY) expect(headers[name], `${name} of ${path}`).toBe(sent[name]);
      }
      for (const name of SECURITY) expect(sent[name], `${name} on ${path}`).toBeTruthy();
      if (typeof type === 'string') expect(sent['content-type'], path).toBe(type);
      else expect(sent['content-type'], path).toMatch(type);
      const declared = lowerCase(headersFor(rules(), path))['content-type'];
      if (declared) expect(declared, path).toBe(sent['content-type']);
    }
  });

  test(`behind nginx at ${base}, the 404 page is sent with the security headers`, async ({ request, servers }) => {
    const response = await request.get(`${servers[base]!.origin}${base}no-such-article/`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('Page not found');
    const headers = response.headers();
    expect(sources(headers['content-security-policy']!, 'frame-ancestors')).toEqual(["'none'"]);
    const declared = headersFor(rules(), `${base}no-such-article/`);
    expect(declared['Content-Security-Policy']).toBe(headers['content-security-policy']);
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  test(`behind nginx at ${base}, another page cannot frame an article; without the header it could`, async ({
    page,
    servers,
    baseURL,
  }) => {
    const refused: string[] = [];
    page.on('console', (message) => message.text().includes('frame-ancestors') && refused.push(message.text()));
    // The same article from the test server, which sends no headers: it shows in the frame.
    const unprotected = base === '/' ? `${baseURL}${article.path}` : `http://localhost:4412/news/${article.path}`;
    await page.setContent(`<iframe title="open" src="${unprotected}"></iframe>`);
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveText(article.title);
    await page.setContent(`<iframe title="framed" src="${servers[base]!.origin}${base}${article.path}"></iframe>`);
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    await expect(page.frameLocator('iframe').getByRole('heading', { level: 1 })).toHaveCount(0);
  });
}
