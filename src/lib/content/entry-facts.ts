import { FACTS_KEY } from '../../plugins/rehype-rendered-facts.ts';
import { HTML_KEY, readFacts } from './html-store.ts';
import type { RenderedArticle } from './rendered-article.ts';

/** An entry of the store as far as its rendering goes. */
interface RenderedEntry {
  rendered?: { metadata?: Record<string, unknown> & { frontmatter?: Record<string, unknown> } } | undefined;
}

/**
 * What rendering noted of an entry (rehype-rendered-facts.ts): from the file
 * beside its HTML in `folder` (html-store.ts), or, for an entry whose HTML
 * the store keeps (local images), from its rendered front matter; undefined
 * for an entry not rendered.
 */
export function factsOfEntry(entry: RenderedEntry, folder: string): RenderedArticle | undefined {
  const metadata = entry.rendered?.metadata;
  const hash = metadata?.[HTML_KEY];
  if (typeof hash === 'string') return (readFacts(folder, hash) as RenderedArticle | null) ?? undefined;
  return metadata?.frontmatter?.[FACTS_KEY] as RenderedArticle | undefined;
}
