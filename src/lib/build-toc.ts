export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocEntry extends Heading {
  children: TocEntry[];
}

/**
 * Nest an article's headings for its table of contents: `h2` entries, each
 * holding the `h3`s under it. Other depths are left out (the `h1` is the
 * headline; deeper levels make the contents longer than they help).
 * An `h3` before any `h2` stands at the top level rather than being lost.
 */
export function buildToc(headings: readonly Heading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.depth !== 2 && heading.depth !== 3) continue;
    const entry: TocEntry = { ...heading, children: [] };
    const parent = toc.at(-1);
    if (heading.depth === 3 && parent && parent.depth === 2) parent.children.push(entry);
    else toc.push(entry);
  }
  return toc;
}
