/**
 * The text directive of a link to a quote (`#id:~:text=…`, the WICG Text
 * Fragments syntax: https://wicg.github.io/scroll-to-text-fragment/), built
 * as the text-fragments-polyfill utilities build theirs: a short quote in
 * full, a long one by its first and last words; with the words just before
 * and after it when the page holds its start more than once.
 */

/** Quotes of at most this many words are quoted whole. */
const WHOLE = 8;
/** Words of a long quote's start and end, and of the context added for an ambiguous one. */
const EDGE = 4;
const CONTEXT = 3;

export interface QuoteContext {
  /** The quote as selected. */
  quote: string;
  /** Text just before and just after it, in its paragraph. */
  before: string;
  after: string;
  /** How often the page holds a text (any case): to tell an ambiguous start. */
  occurrences(text: string): number;
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/** Percent-encoding for a directive's terms: `-`, `,` and `&` are its syntax. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** `text=[prefix-,]start[,end][,-suffix]`, or `undefined` when the quote holds no word. */
export function textDirective({ quote, before, after, occurrences }: QuoteContext): string | undefined {
  const all = words(quote);
  if (all.length === 0) return undefined;
  const [start, end] =
    all.length <= WHOLE ? [all.join(' '), undefined] : [all.slice(0, EDGE).join(' '), all.slice(-EDGE).join(' ')];
  const parts = [encodeTerm(start), ...(end ? [encodeTerm(end)] : [])];
  if (occurrences(start) > 1) {
    const prefix = words(before).slice(-CONTEXT).join(' ');
    const suffix = words(after).slice(0, CONTEXT).join(' ');
    if (prefix) parts.unshift(`${encodeTerm(prefix)}-`);
    if (suffix) parts.push(`-${encodeTerm(suffix)}`);
  }
  return `text=${parts.join(',')}`;
}
