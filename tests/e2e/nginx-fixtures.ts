import { test as base } from '@playwright/test';
import { startNginx, type RunningNginx } from '../support/nginx';

export { expect } from '@playwright/test';

/**
 * Both test sites behind Debian's nginx, configured as the README says: its
 * server block, and the headers of each build's `_headers` (the full
 * Content-Security-Policy among them). One nginx a base path.
 */
export const test = base.extend<object, { servers: Record<string, RunningNginx> }>({
  servers: [
    async ({}, use) => {
      const servers = {
        '/': await startNginx({ base: '/', dir: 'dist' }),
        '/news/': await startNginx({ base: '/news/', dir: 'dist-news' }),
      };
      await use(servers);
      for (const server of Object.values(servers)) await server.stop();
    },
    { scope: 'worker' },
  ],
});
