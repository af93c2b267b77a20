import type { APIRoute } from 'astro';
import { pathWithBase } from '../lib/paths';

/** Everything may be crawled; the sitemap (from @astrojs/sitemap, src/integrations/presorted-sitemap.ts) lists every page, under the base path. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(pathWithBase('sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
