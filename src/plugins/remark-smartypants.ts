import type { Nodes, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/** Where a quote at the start is always an opening one (mdast's block-level phrasing parents). */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
/** Literal nodes read for quote context; only `text` is changed (code keeps its characters). */
const LITERALS = new Set(['text', 'inlineCode']);
/** What the second pass can change: `--`, three dots (spaced or not), ``` `` ``` and `''`. */
const DASHES_DOTS_BACKTICKS = /--|\.\s*\.\s*\.|``|''/;
const QUOTES = /["']/;

/**
 * Astro's `smartypants: true` (remark-smartypants 3, which astro.config.mjs
 * turns off in favour of this), with its output unchanged and its cost cut:
 * retext parses a text only where SmartyPants can change something. The
 * original parses every text node of every article twice, half the time of
 * rendering one; most hold no straight quote, no `--` and no `...`.
 *
 * As there: quotes are curled over the whole article's text at once (so a
 * quote opened before a link closes after it), then dashes, ellipses and
 * backticks node by node (they change a text's length).
 */
export default function remarkSmartypants() {
  const quotes = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(retextSmartypants, { quotes: false });
  return (tree: Root): undefined => {
    const nodes: Nodes[] = [];
    let all = '';
    visit(tree, (node, _index, parent) => {
      if (!parent) return;
      if (LITERALS.has(node.type) && 'value' in node) {
        // Code counts as a word for its neighbours' quotes, and is never changed.
        all += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
        nodes.push(node);
      } else if (BLOCKS.has(node.type)) {
        // A block starts fresh: without a space, a quote at its start would close the one before.
        all += ' ';
        nodes.push(node);
      }
    });
    if (QUOTES.test(all)) all = quotes.processSync(all).toString();
    let start = 0;
    for (const node of nodes) {
      if (!('value' in node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const text = all.slice(start, end);
        node.value = DASHES_DOTS_BACKTICKS.test(text) ? rest.processSync(text).toString() : text;
      }
      start = end;
    }
  };
}
