/**
 * The environment a build's processes run best in. Rolldown (Vite's
 * bundler), Astro's compiler and Skia each bring mimalloc, which on Linux
 * asks for transparent huge pages for its arenas; every page it touches
 * afresh, or again after giving it back, is then a 2 MB page zeroed by the
 * kernel. In a cold build of 1,000 articles that zeroing took 2 s of the 26
 * CPU-seconds (1 s of it in Vite's bundling, on nine threads at once): with
 * huge pages off the build spent 2.2 s less in the kernel, ran 1.3 s faster
 * (13.1–14.6 s against 15.2–15.8, three interleaved pairs on ext4) and
 * peaked 130 MB lower.
 *
 * mimalloc reads it once, when its library loads: `npm run build` sets it
 * for the build's own process (package.json), and the processes the build
 * starts get it from here.
 */
export const SMALL_PAGES_ENV: Readonly<Record<string, string>> = { MIMALLOC_ALLOW_THP: '0' };

/** `env` with mimalloc's huge pages turned off. */
export function withSmallPages(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, ...SMALL_PAGES_ENV };
}
