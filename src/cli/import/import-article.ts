import { slug as githubSlug } from 'github-slugger';
import { stringify } from 'yaml';
import { articleSchema } from '../../lib/content/article-schema.ts';
import { articleId } from '../../lib/content/article-id.ts';
import { isRealDay } from '../../lib/content/real-day.ts';
import { parsePlainTextArticle } from './plain-text-article.ts';

export interface ImportOptions {
  title?: string | undefined;
  slug?: string | undefined;
  /** Used only when the text has no leading `date` token. */
  date?: string | undefined;
  tags?: string[] | undefined;
  lang?: string | undefined;
}

export interface ImportedArticle {
  slug: string;
  title: string;
  date: string;
  paragraphs: string[];
  /** The whole file: front matter, then the paragraphs. */
  markdown: string;
}

const TITLE_MAX = 90;
const SLUG_MAX = 60;

/**
 * Turn a plain-text article (the seed's format) into a Markdown article.
 * Throws an Error whose message says what is wrong with the text or options;
 * the caller adds the file name.
 */
export function importArticle(text: string, options: ImportOptions = {}): ImportedArticle {
  if (text.trim() === '') throw new Error(text === '' ? 'the file is empty' : 'the file holds only white space');
  const parsed = parsePlainTextArticle(text);
  const date = articleDate(text, parsed.date, options.date);
  const [first] = parsed.paragraphs;
  if (first === undefined) throw new Error(`the file has a date (${date}) but no text`);
  const description = firstSentence(first);
  const title = options.title?.trim() ?? headline(description);
  const slug = options.slug ?? slugFromTitle(title);
  if (options.slug !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(`--slug "${slug}" must be lowercase letters a-z, digits and single hyphens`);
  }
  if (slug === '') throw new Error(`cannot make a file name from the title "${title}"; pass --slug`);
  const tags = options.tags?.map((tag) => tag.trim()).filter(Boolean);
  const data = { title, date, description, ...(tags?.length && { tags }), ...(options.lang && { lang: options.lang }) };
  const check = articleSchema.safeParse(data);
  if (!check.success) throw new Error(check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  // lineWidth 0: never fold a long title or standfirst over several lines.
  const frontMatter = stringify(data, { lineWidth: 0 });
  const body = parsed.paragraphs.map(escapeMarkdown).join('\n\n');
  return { slug, title, date, paragraphs: parsed.paragraphs, markdown: `---\n${frontMatter}---\n\n${body}\n` };
}

/**
 * The text's own date, else `--date`. A leading `date` followed by a number
 * that is not a real day is refused rather than kept as the first words of
 * the article; a missing date is refused rather than invented.
 */
function articleDate(text: string, fromText: string | undefined, fromOption: string | undefined): string {
  const token = /^\s*date\s+(\d\S*)/.exec(text.replace(/^\uFEFF/, ''))?.[1];
  if (token !== undefined && (fromText === undefined || !isRealDay(fromText))) {
    if (fromText === undefined && isRealDay(token)) throw new Error(`the file has a date (${token}) but no text`);
    throw new Error(`the leading "date ${token}" is not a real day: write "date YYYY-MM-DD"`);
  }
  if (fromOption !== undefined && !isRealDay(fromOption))
    throw new Error(`--date "${fromOption}" is not a real day (YYYY-MM-DD)`);
  if (fromText !== undefined && fromOption !== undefined && fromText !== fromOption) {
    throw new Error(`the file is dated ${fromText} but --date says ${fromOption}; drop one`);
  }
  const date = fromText ?? fromOption;
  if (date === undefined) throw new Error('the file has no leading "date YYYY-MM-DD"; pass --date YYYY-MM-DD');
  return date;
}

const SENTENCE_END = /[.!?]+["'”’»)\]]*(?=\s|$)|[。！？]+[”’」』）]*/gu;
const TITLES_BEFORE_NAMES = /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Mt|Gen|Col|Lt|Capt|Sgt|Gov|Sen|Rep|Rev|No|vs)$/;

/** The paragraph's first sentence, its white space collapsed to single spaces. */
export function firstSentence(paragraph: string): string {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && !periodEndsSentence(text.slice(0, match.index), text.slice(end))) continue;
    return text.slice(0, end);
  }
  return text;
}

/**
 * A period after a single letter is an initial or an abbreviation ("U.S.",
 * "J. Smith", "e.g."), one after a title is followed by a name ("Dr. Li"),
 * and one followed by a lowercase word is mid-sentence ("approx. ten").
 */
function periodEndsSentence(before: string, after: string): boolean {
  return !/(?:^|\P{L})\p{L}$/u.test(before) && !TITLES_BEFORE_NAMES.test(before) && !/^\s*\p{Ll}/u.test(after);
}

/** A headline from the first sentence: at most 90 characters, no closing full stop. */
export function headline(sentence: string): string {
  const short = shortenAtWord(sentence, TITLE_MAX);
  return short === sentence ? sentence.replace(/(?<!\.)\.$/, '') : short;
}

const graphemes = (text: string): string[] => Array.from(new Intl.Segmenter().segment(text), (s) => s.segment);

/** Cut to at most `max` characters (graphemes) at a word boundary, ending in "…" if cut. */
export function shortenAtWord(text: string, max: number): string {
  const chars = graphemes(text);
  if (chars.length <= max) return text;
  const head = chars.slice(0, max - 1).join('');
  const space = head.lastIndexOf(' ');
  // Text without spaces (Chinese, one long word) can only be cut mid-run.
  const cut = chars[max - 1] === ' ' || space <= 0 ? head : head.slice(0, space);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** github-slugger's slug of the title (what Astro makes of the file name), cut at a word near 60 characters. */
export function slugFromTitle(title: string): string {
  let slug = '';
  for (const word of githubSlug(title).normalize('NFC').split('-').filter(Boolean)) {
    const longer = slug ? `${slug}-${word}` : word;
    if (slug && longer.length > SLUG_MAX) break;
    slug = longer;
  }
  return graphemes(slug).slice(0, SLUG_MAX).join('');
}

/** The existing Markdown file, if any, that the site would give the same id as `slug`. */
export function clashingFile(slug: string, fileNames: readonly string[]): string | undefined {
  return fileNames.find((name) => name.toLowerCase().endsWith('.md') && articleId(name) === slug);
}

/**
 * Escape a paragraph so the Markdown renderer (CommonMark + GFM) gives back
 * its text unchanged. Text without these characters is written verbatim.
 * - everywhere: `\` `` ` `` `*` `_` `[` `]` `<` `~` `|` (escapes, code, emphasis,
 *   links, raw HTML, GFM strikethrough and tables) and `&` before an entity name;
 * - at a line's start: `#` `>`, a `-`/`+` list bullet, `1.`/`1)` ordered-list
 *   numbers, and lines of only `-`/`=` (rules and setext underlines);
 * - a bare URL holding an escaped character: GFM would link it with the
 *   backslashes in its text, so its `://` or `www.` is escaped to keep it text.
 * Not escapable in Markdown: the site's smartypants typography ("quotes", --,
 * ...) and two trailing spaces inside a paragraph (a line break).
 */
export function escapeMarkdown(paragraph: string): string {
  return paragraph
    .replace(/[\\`*_[\]<~|]|&(?=#?\w+;)/g, '\\$&')
    .replace(/^([ \t]*)(#|>|[-+](?=[ \t]|$)|[-=](?=[-= \t]*$))/gm, '$1\\$2')
    .replace(/^([ \t]*\d{1,9})([.)])(?=[ \t]|$)/gm, '$1\\$2')
    .replace(/(?<=https?)(?=:\/\/\S*\\)|(?<=www)(?=\.\S*\\)/gi, '\\');
}
