// The site's own config, with Astro's cache (the content layer's data store,
// which keeps rendered Markdown between builds) moved to a folder the bench
// owns: every measured build starts cold, and the bench never rewrites the
// project's `node_modules/.astro/` while other builds use it.
import config from '../../astro.config.mjs';

export default process.env.BENCH_CACHE_DIR ? { ...config, cacheDir: process.env.BENCH_CACHE_DIR } : config;
