import { defineMiddleware } from 'astro:middleware';
import { ownPolicy } from './lib/meta/own-policy';

/**
 * Every page as it is written: its policy names only its own inline code
 * (src/lib/meta/own-policy.ts). Astro builds the `<meta>` while rendering
 * the page, so only the finished page can be narrowed.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length'); // The narrowed page is shorter.
  return new Response(ownPolicy(await response.text()), {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
});
