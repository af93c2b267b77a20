import sitemap, { type SitemapItem, type SitemapOptions } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;

/**
 * @astrojs/sitemap, handed the pages already in the order it sorts them in.
 * It sorts its addresses with `localeCompare(…, 'en', { numeric: true })`,
 * which builds a collator for every comparison: at 10,000 articles, 0.6 s of
 * every build, no-change rebuilds included. Sorted first with one collator
 * (the same order), its sort finds them in order after one comparison each.
 * What it writes is unchanged: it still sorts, so this only saves time.
 * A `serialize` that throws fails the build, naming the page.
 */
export function presortedSitemap(options: SitemapOptions = {}): AstroIntegration {
  // The sitemap logs a failing `serialize` and writes no sitemap, and the
  // build still succeeds: keep the failure, and fail the build with it.
  let failure: Error | undefined;
  const { serialize } = options;
  const inner = sitemap({
    ...options,
    ...(serialize && {
      serialize: async (item: SitemapItem) => {
        try {
          return await serialize(item);
        } catch (error) {
          failure ??= new Error(`The sitemap entry of ${item.url} could not be made`, { cause: error });
          throw error;
        }
      },
    }),
  });
  const done = inner.hooks['astro:build:done'];
  let site = new URL('http://localhost/');
  const collator = new Intl.Collator('en', { numeric: true });
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (params) => {
        site = new URL(params.config.base.replace(/\/?$/, '/'), params.config.site ?? 'http://localhost/');
        await inner.hooks['astro:config:done']?.(params);
      },
      ...(done && {
        'astro:build:done': async (params: Parameters<BuildDone>[0]) => {
          // The address it makes of a page: the path, without its leading slash, under the site and base.
          const address = (pathname: string) => new URL(site.pathname + pathname.replace(/^\//, ''), site).href;
          const pages = params.pages
            .map((page) => ({ page, address: address(page.pathname) }))
            .sort((a, b) => collator.compare(a.address, b.address))
            .map(({ page }) => page);
          failure = undefined;
          await done({ ...params, pages });
          if (failure) throw failure;
        },
      }),
    },
  };
}
