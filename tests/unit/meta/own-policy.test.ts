import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ownPolicy } from '../../../src/lib/meta/own-policy';

const hash = (code: string, algorithm = 'sha256') =>
  `'${algorithm}-${createHash(algorithm).update(code).digest('base64')}'`;
const THEME = "document.documentElement.dataset.js = '';";
const STYLE = 'body{margin:0}';
const ELSEWHERE = hash('console.log("the search page")');
const OTHER_STYLE = hash('.listing{gap:1rem}');

/** A page whose policy lists its own code, another page's, and the sources that are not hashes. */
const page = (policy: string, body = '') =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${policy}"><style>${STYLE}</style><script>${THEME}</script></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1];

describe('ownPolicy', () => {
  it("keeps the hashes of the page's own scripts and styles and drops the rest", () => {
    const out = ownPolicy(
      page(
        `default-src 'self'; script-src 'self' ${hash(THEME)} ${ELSEWHERE}; style-src 'self' ${OTHER_STYLE} ${hash(STYLE)}`,
      ),
    );
    expect(policyOf(out)).toBe(`default-src 'self'; script-src 'self' ${hash(THEME)}; style-src 'self' ${hash(STYLE)}`);
  });

  it('changes nothing else in the page', () => {
    const html = page(`script-src 'self' ${hash(THEME)} ${ELSEWHERE}`, '<p title="a &lt; b">Text</p>');
    const out = ownPolicy(html);
    expect(out.replace(policyOf(out)!, '')).toBe(html.replace(policyOf(html)!, ''));
  });

  it('keeps sources that are not hashes, and directives that name no inline code', () => {
    const policy = `default-src 'self'; img-src 'self' https://img.example.org; script-src 'self' 'wasm-unsafe-eval' ${hash(THEME)}; style-src 'self' ${hash(STYLE)}; form-action 'self'`;
    expect(policyOf(ownPolicy(page(policy)))).toBe(policy);
  });

  it('hashes a module script and the body’s scripts, but not a script loaded from a file', () => {
    const module = 'customElements.define("x-y", class extends HTMLElement {})';
    const body = `<script type="module">${module}</script><script type="module" src="/_astro/a.js"></script>`;
    const out = ownPolicy(page(`script-src 'self' ${hash(module)} ${hash('')} ${hash(THEME)}`, body));
    expect(policyOf(out)).toBe(`script-src 'self' ${hash(module)} ${hash(THEME)}`);
  });

  it('reads a hash of any CSP algorithm, in any case', () => {
    const sha384 = hash(THEME, 'sha384');
    const upper = sha384.replace('sha384', 'SHA384');
    const out = ownPolicy(page(`script-src 'self' ${upper} ${hash('other', 'sha512')}`));
    expect(policyOf(out)).toBe(`script-src 'self' ${upper}`);
  });

  it('does not count text that only looks like a script: in an attribute, or escaped in a paragraph', () => {
    const other = 'alert(1)';
    const body = `<p title="<script>${other}</script>">&lt;script&gt;${other}&lt;/script&gt;</p>`;
    const out = ownPolicy(page(`script-src 'self' ${hash(other)} ${hash(THEME)}`, body));
    expect(policyOf(out)).toBe(`script-src 'self' ${hash(THEME)}`);
  });

  it('hashes a script’s text as written and an SVG style’s as decoded, as a browser reads each', () => {
    const script = 'if (a &amp;&amp; b < c) go()';
    const svg = 'rect{fill:red}&amp;';
    const body = `<script>${script}</script><svg><style>${svg}</style></svg>`;
    const policy = `script-src ${hash(script)} ${hash(THEME)}; style-src ${hash(svg)} ${hash('rect{fill:red}&')} ${hash(STYLE)}`;
    expect(policyOf(ownPolicy(page(policy, body)))).toBe(
      `script-src ${hash(script)} ${hash(THEME)}; style-src ${hash('rect{fill:red}&')} ${hash(STYLE)}`,
    );
  });

  it('does not count a script inside a textarea, whose text is not markup', () => {
    const other = 'alert(1)';
    const out = ownPolicy(
      page(`script-src ${hash(other)} ${hash(THEME)}`, `<textarea><script>${other}</script></textarea>`),
    );
    expect(policyOf(out)).toBe(`script-src ${hash(THEME)}`);
  });

  it('narrows a policy whose attribute is not quoted, and only the first policy', () => {
    const html = `<!doctype html><html><head><meta content=script-src&#32;${hash(THEME)}&#32;${ELSEWHERE} http-equiv=Content-Security-Policy><meta http-equiv="content-security-policy" content="script-src ${ELSEWHERE}"><script>${THEME}</script></head></html>`;
    const out = ownPolicy(html);
    expect(out).toContain(`<meta content="script-src ${hash(THEME)}" http-equiv=Content-Security-Policy>`);
    expect(out).toContain(`content="script-src ${ELSEWHERE}"`);
  });

  it('reads the first of a repeated attribute, as a browser does', () => {
    const html = `<!doctype html><html><head><meta http-equiv="content-security-policy" http-equiv="refresh" content="script-src ${hash(THEME)} ${ELSEWHERE}" content="script-src ${ELSEWHERE}"><script>${THEME}</script></head></html>`;
    const out = ownPolicy(html);
    expect(out).toContain(`content="script-src ${hash(THEME)}" content="script-src ${ELSEWHERE}">`);
  });

  it('keeps only the hashes of this page, whatever pages came before', () => {
    const other = 'alert(1)';
    const policy = `script-src ${hash(other)} ${hash(THEME)}`;
    expect(policyOf(ownPolicy(page(policy, `<script>${other}</script>`)))).toBe(policy);
    expect(policyOf(ownPolicy(page(policy)))).toBe(`script-src ${hash(THEME)}`);
  });

  it('leaves a page without a policy as it is', () => {
    const html = `<!doctype html><html><head><script>${THEME}</script></head><body></body></html>`;
    expect(ownPolicy(html)).toBe(html);
  });
});
