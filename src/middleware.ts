import { defineMiddleware } from 'astro:middleware';
import { pageRendered } from './lib/build/rendered-pages';
import { ownPolicy } from './lib/meta/own-policy';

/**
 * Every page as it is written: its policy names only its own inline code
 * (src/lib/meta/own-policy.ts). Astro builds the `<meta>` while rendering
 * the page, so only the finished page can be narrowed. The finished page,
 * encoded once, then goes to whoever listens (the search index, to start
 * early) and to the file.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length'); // The narrowed page is shorter.
  const bytes = Buffer.from(ownPolicy(await response.text()));
  pageRendered(context.url.pathname, bytes);
  return new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
});
