import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** The directives whose hashes name inline code: the only ones narrowed. */
const HASHED = new Set(['script-src', 'style-src']);

interface Found {
  /** The text of each inline script and style, as the browser hashes it. */
  inline: string[];
  /** The first CSP `<meta>`'s `content`, and where its `content="…"` stands in the page. */
  policy?: { content: string; start: number; end: number };
}

/**
 * The page with its `<meta http-equiv="content-security-policy">` allowing
 * only the inline scripts and styles the page itself holds. Astro lists the
 * hashes of every inline script and style of the whole site on every page
 * (17 on an article page, 4 of them its own): each page's policy is then
 * both longer and looser than it needs to be. Sources that are not hashes
 * (`'self'`, `'wasm-unsafe-eval'`) and the other directives stay as they are;
 * no hash is ever added. A page without such a `<meta>` is returned as it is.
 */
export function ownPolicy(html: string): string {
  const { inline, policy } = scan(html);
  if (!policy) return html;
  const hashes = new Map<string, Set<string>>();
  const isOwn = (source: string) => {
    const algorithm = /^'(sha256|sha384|sha512)-/i.exec(source)?.[1]?.toLowerCase();
    if (!algorithm) return true;
    if (!hashes.has(algorithm)) hashes.set(algorithm, new Set(inline.map((code) => sourceOf(algorithm, code))));
    return hashes.get(algorithm)!.has(`'${algorithm}${source.slice(algorithm.length + 1)}`);
  };
  const narrowed = policy.content
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name || !HASHED.has(name.toLowerCase())) return directive.trim();
      return [name, ...sources.filter(isOwn)].join(' ');
    })
    .filter(Boolean)
    .join('; ');
  return `${html.slice(0, policy.start)}content="${narrowed.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"${html.slice(policy.end)}`;
}

/**
 * The hash source of one inline script or style. Every page of a kind holds
 * the same few (the theme script, the inlined CSS: 14 KB on an article
 * page), so each is hashed once per build, not once per page.
 */
const sources = new Map<string, Map<string, string>>();
function sourceOf(algorithm: string, code: string): string {
  let known = sources.get(algorithm);
  if (!known) sources.set(algorithm, (known = new Map()));
  let source = known.get(code);
  if (source === undefined) {
    source = `'${algorithm}-${createHash(algorithm).update(code).digest('base64')}'`;
    // A site's inline code is a handful of snippets; the bound only keeps odd pages from piling up.
    if (known.size >= 256) known.clear();
    known.set(code, source);
  }
  return source;
}

/** An open tag whose attributes are still being read. */
interface Opening {
  name: string;
  /** Its first `http-equiv` names a content security policy; its first `content`, and where it stands. */
  csp?: boolean;
  content?: Found['policy'];
  src?: boolean;
}

/**
 * One pass of htmlparser2's tokenizer over the page: a quarter of the time
 * parse5 takes to build the whole tree. Only tag names, the attributes of
 * `<meta>` and `<script>` and the text of scripts and styles are read; no
 * attribute object is built per tag (a fifth of the pass). A tag counts
 * once its attributes are read, at the next event (as a browser, the first
 * of a repeated attribute).
 */
function scan(html: string): Found {
  const found: Found = { inline: [] };
  let opening: Opening | undefined;
  let code: string | undefined;
  const opened = () => {
    if (!opening) return;
    const { name, csp, content, src } = opening;
    opening = undefined;
    if (name === 'meta' && !found.policy && content && csp) found.policy = content;
    else if ((name === 'script' && !src) || name === 'style') code = '';
  };
  const parser = new Parser(
    {
      onopentagname(name) {
        opened();
        opening = { name };
      },
      onattribute(name, value) {
        if (opening?.name === 'meta') {
          if (name === 'http-equiv') opening.csp ??= value.toLowerCase() === 'content-security-policy';
          else if (name === 'content')
            opening.content ??= { content: value, start: parser.startIndex, end: parser.endIndex };
        } else if (opening?.name === 'script' && name === 'src') opening.src = true;
      },
      ontext(text) {
        opened();
        if (code !== undefined) code += text;
      },
      onclosetag(name) {
        opened();
        if (code === undefined || (name !== 'script' && name !== 'style')) return;
        found.inline.push(code);
        code = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return found;
}
