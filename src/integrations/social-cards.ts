import { copyFile, link, rm } from 'node:fs/promises';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readArticleList } from '../lib/content/article-list.ts';
import { inPool } from '../lib/build/in-pool.ts';
import { sameFile } from '../lib/build/same-file.ts';
import { socialCardFolder, socialCardPath } from '../lib/paths.ts';
import { hurrySocialImages, socialImageFile } from '../lib/social-card/social-image-cache.ts';

/** Cards put in place at once: each link waits on the disk, so the waits overlap on the thread pool. */
const AT_ONCE = 32;

/**
 * Every published article's social card (`og/<id>.png`), put in the output
 * as a hard link of the card cache's file (social-image-cache.ts), instead
 * of a page the build renders: a route per card cost Astro's page
 * machinery 1.4 ms a card on this one thread, and wrote each PNG a second
 * time. The cards are drawn in the background from the loader on, at a low
 * priority, so most are in the cache when the pages are written; what is
 * left then is drawn on a second core as well. A card already linked stays as it is, and a card whose
 * article is gone is removed, so the folder is what a cold build writes.
 * The dev server draws the cards on request (src/pages/og/).
 */
export default function socialCards(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'broadsheet:social-cards',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const started = performance.now();
        hurrySocialImages();
        const site = fileURLToPath(dir);
        const folder = join(site, socialCardFolder);
        mkdirSync(folder, { recursive: true });
        const articles = readArticleList(cacheDir!).filter((article) => !article.draft);
        const wanted = new Set(articles.map((article) => socialCardPath(article.id).slice(socialCardFolder.length)));
        let removed = 0;
        for (const name of readdirSync(folder))
          if (!wanted.has(name)) {
            rmSync(join(folder, name), { recursive: true, force: true });
            removed++;
          }
        const placed = await inPool(AT_ONCE, articles, async (article) => {
          const target = join(site, socialCardPath(article.id));
          let source: string;
          try {
            source = await socialImageFile(article.card);
          } catch (cause) {
            throw new Error(`cannot draw the social card of article “${article.id}”`, { cause });
          }
          if (sameFile(source, target)) return false;
          await rm(target, { force: true });
          await link(source, target).catch(() => copyFile(source, target)); // No hard links here, or another device.
          return true;
        });
        const linked = placed.filter(Boolean).length;
        logger.info(
          `${articles.length} cards: ${articles.length - linked} in place, ${linked} linked from the card cache, ${removed} removed (${((performance.now() - started) / 1000).toFixed(2)} s)`,
        );
      },
    },
  };
}
