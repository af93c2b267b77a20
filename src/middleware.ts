import { defineMiddleware } from 'astro:middleware';
import { pageRendered } from './lib/build/rendered-pages';
import { ownPolicy } from './lib/meta/own-policy';
import { ownPolicyOffThread } from './lib/meta/own-policy-thread';

/**
 * Every page as it is written: its policy names only its own inline code
 * (src/lib/meta/own-policy.ts). Astro builds the `<meta>` while rendering
 * the page, so only the finished page can be narrowed; a build does it on
 * a thread of its own, the dev server here. The finished page then goes to
 * whoever listens (the search index, to start early).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const headers = new Headers(response.headers);
  headers.delete('content-length'); // The narrowed page is shorter.
  const html = await response.text();
  const bytes = import.meta.env.DEV ? Buffer.from(ownPolicy(html)) : await ownPolicyOffThread(html);
  pageRendered(context.url.pathname, bytes);
  return new Response(bytes, {
    status: response.status,
    statusText: response.statusText,
    headers,
  });
});
