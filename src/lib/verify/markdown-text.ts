import { rehype } from 'rehype';
import { textOf } from './read-site.ts';

const fragmentParser = rehype().data('settings', { fragment: true });
const entity = (char: string) => `&#${char.codePointAt(0)};`;

/**
 * The text a Markdown paragraph shows: code spans kept verbatim, backslash
 * escapes resolved, images dropped (an `<img>` has no text), links and
 * autolinks reduced to their text, then HTML tags, comments and character
 * references resolved by an HTML parser. Emphasis markers are not removed
 * here: `comparable` drops `*`, `_` and `~` on both sides instead.
 * Not handled (rare in news copy): footnote references, reference-style
 * links whose text contains brackets.
 */
export function plainText(markdown: string): string {
  const html = markdown
    // Code spans first, so nothing inside them is read as syntax.
    .replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (_all, _ticks, code: string) =>
      [...code.replace(/^ ([\s\S]*) $/, '$1')].map(entity).join(''),
    )
    .replace(/\\([!-/:-@[-`{-~])/g, (_all, char: string) => entity(char))
    .replace(/\\\n/g, '\n') // hard line break
    .replace(/<((?:https?|mailto|ftp):[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/gi, (_all, url: string) =>
      [...url].map(entity).join(''),
    )
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/!\[[^\]]*\](\[[^\]]*\])?/g, '')
    .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+("[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
  return textOf(fragmentParser.parse(html)).replace(/\s+/g, ' ').trim();
}

/**
 * What two texts must share to count as the same paragraph. Smartypants is on
 * (Astro's default; astro.config.mjs does not turn it off), so straight quotes,
 * `--` and `...` become typographic on the page: fold both sides to one form.
 * Emphasis markers are dropped on both sides, so `*`, `_`, `~` never count.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/…|\. \. \./g, '...')
    .replace(/[-‐‑‒–—―]+/g, '-')
    .replace(/[*_~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
