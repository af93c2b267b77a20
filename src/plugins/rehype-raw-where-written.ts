import type { Root } from 'hast';
import rehypeRaw, { type Options } from 'rehype-raw';
import type { VFile } from 'vfile';
import { EXIT, visit } from 'unist-util-visit';

/**
 * `rehype-raw`, only for a tree that holds raw HTML (an article written
 * partly in HTML). Parsing the whole tree again through parse5 costs about
 * a third of a millisecond an article even when there is nothing to parse,
 * and Astro runs `rehype-raw` once more after every plugin anyway, so the
 * page comes out the same.
 *
 * @param options as `rehype-raw`'s (default: none).
 */
export default function rehypeRawWhereWritten(options?: Options) {
  const parse = rehypeRaw(options);
  return function (tree: Root, file: VFile): Root | undefined {
    let raw = false;
    visit(tree, 'raw', () => {
      raw = true;
      return EXIT;
    });
    return raw ? parse(tree, file) : undefined;
  };
}
