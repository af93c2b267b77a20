export interface PlainTextArticle {
  /** `YYYY-MM-DD` from a leading `date …` token, if the text has one. */
  date: string | undefined;
  /** Paragraphs, split on blank lines, each trimmed of surrounding white space only. */
  paragraphs: string[];
}

/**
 * Read an article in the seed's plain-text format: an optional leading
 * `date YYYY-MM-DD` token, then paragraphs separated by blank lines.
 */
export function parsePlainTextArticle(text: string): PlainTextArticle {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^\s*date\s+(\d{4}-\d{2}-\d{2})(?=\s)/.exec(normalized);
  const rest = match ? normalized.slice(match[0].length) : normalized;
  const paragraphs = rest
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return { date: match?.[1], paragraphs };
}
