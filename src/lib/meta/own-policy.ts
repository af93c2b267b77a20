import { createHash } from 'node:crypto';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** The directives whose hashes name inline code: the only ones narrowed. */
const HASHED = new Set(['script-src', 'style-src']);

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
  const document = parse(html, { sourceCodeLocationInfo: true });
  let meta: Element | undefined;
  const inline: string[] = [];
  walk(document, (element) => {
    const name = element.tagName;
    if (name === 'meta' && !meta && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy')
      meta = element;
    else if ((name === 'script' && attribute(element, 'src') === undefined) || name === 'style')
      inline.push(text(element));
  });
  const hashes = new Map<string, Set<string>>();
  const isOwn = (source: string) => {
    const algorithm = /^'(sha256|sha384|sha512)-/i.exec(source)?.[1]?.toLowerCase();
    if (!algorithm) return true;
    if (!hashes.has(algorithm))
      hashes.set(
        algorithm,
        new Set(inline.map((code) => `'${algorithm}-${createHash(algorithm).update(code).digest('base64')}'`)),
      );
    return hashes.get(algorithm)!.has(`'${algorithm}${source.slice(algorithm.length + 1)}`);
  };
  const content = meta && attribute(meta, 'content');
  const at = meta?.sourceCodeLocation?.attrs?.['content'];
  if (content === undefined || !at) return html;
  const narrowed = content
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name || !HASHED.has(name.toLowerCase())) return directive.trim();
      return [name, ...sources.filter(isOwn)].join(' ');
    })
    .filter(Boolean)
    .join('; ');
  return `${html.slice(0, at.startOffset)}content="${narrowed.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}"${html.slice(at.endOffset)}`;
}

function walk(node: Node, visit: (element: Element) => void): void {
  if ('tagName' in node) visit(node);
  const children = 'content' in node ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) walk(child, visit);
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

/** An inline script's or style's text, as the browser hashes it. */
function text(element: Element): string {
  return element.childNodes
    .map((child) => ('value' in child && child.nodeName === '#text' ? child.value : ''))
    .join('');
}
