import { plainText } from './markdown-text.ts';

/** A plain-text paragraph of an article's Markdown body. */
export interface SourceParagraph {
  /** 0-based line of the body on which the paragraph starts. */
  line: number;
  /** What a reader sees: the text with Markdown and HTML syntax taken out. */
  text: string;
}

// HTML that opens a block even mid-paragraph: CommonMark HTML blocks of
// kind 1 (script, pre, style, textarea) and kind 6 (the block-level tags).
const blockTags =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|' +
  'fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|' +
  'menuitem|nav|noframes|ol|optgroup|option|p|param|pre|script|search|section|style|summary|table|tbody|td|textarea|' +
  'tfoot|th|thead|title|tr|track|ul';
const blockTag = new RegExp(`^ {0,3}</?(${blockTags})(\\s|/?>|$)`, 'i');

// Lines that start something other than a paragraph. Only plain paragraphs are
// compared with the page: headings, lists, block quotes, tables, code, HTML
// blocks, rules and link definitions are skipped, because their page text is
// shaped by markup (bullets, cells) rather than copied.
const notParagraph = [
  /^ {0,3}#{1,6}(\s|$)/, // ATX heading
  /^ {0,3}([-+*]|\d{1,9}[.)])(\s|$)/, // list item
  /^ {0,3}>/, // block quote
  /^ {0,3}(`{3,}|~{3,})/, // fenced code
  /^( {4}|\t)/, // indented code
  /^ {0,3}<!--/, // HTML comment
  blockTag, // HTML block
  /^ {0,3}<\/?[A-Za-z][^<>]*>\s*$/, // HTML block: a tag alone on its line
  /^ {0,3}([-*_])( *\1){2,} *$/, // thematic break
  /^ {0,3}\[[^\]]+\]:/, // link reference or footnote definition
  /^ {0,3}\|/, // table row
];
// Inside a block: lines that end the paragraph above them (a list or heading
// may follow a paragraph without a blank line), and table delimiter rows.
const interrupts = [
  /^ {0,3}#{1,6}(\s|$)/,
  /^ {0,3}([-+*]|1[.)]) \S/,
  /^ {0,3}>/,
  /^ {0,3}(`{3,}|~{3,})/,
  /^ {0,3}([*_])( *\1){2,} *$/,
  /^ {0,3}<!--/,
  blockTag,
];
const setextOrTable = /^ {0,3}(=+|-+) *$|^ *\|? *:?-+:? *\|/;

/** The plain paragraphs of a Markdown body, in order. */
export function markdownParagraphs(body: string): SourceParagraph[] {
  const lines = body.split('\n');
  const paragraphs: SourceParagraph[] = [];
  let fence: string | undefined;
  let block: string[] = [];
  let start = 0;
  const flush = () => {
    const first = block[0];
    if (first !== undefined && !notParagraph.some((re) => re.test(first))) {
      const end = block.findIndex((line, i) => i > 0 && interrupts.some((re) => re.test(line)));
      const own = end === -1 ? block : block.slice(0, end);
      // A setext heading underline or a table delimiter row makes it no paragraph.
      if (!own.slice(1).some((line) => setextOrTable.test(line))) {
        const text = plainText(own.join('\n'));
        if (text) paragraphs.push({ line: start, text });
      }
    }
    block = [];
  };
  for (const [index, line] of lines.entries()) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      // Blank lines inside a fence do not end it; only a closing fence does.
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker && block.length === 0) {
      fence = marker;
      continue;
    }
    if (/^\s*$/.test(line)) flush();
    else {
      if (block.length === 0) start = index;
      block.push(line);
    }
  }
  flush();
  return paragraphs;
}
