import type { AstroIntegration } from 'astro';
import { siteUrlWarning } from '../lib/config.ts';

/** Warns a build meant for deployment (`CI` set) whose links would point at localhost. */
export default function siteUrlCheck(): AstroIntegration {
  return {
    name: 'broadsheet:site-url',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const warning = siteUrlWarning();
        if (warning) logger.warn(warning);
      },
    },
  };
}
