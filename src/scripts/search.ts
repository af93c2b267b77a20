// The search UI for every surface (header box and search page), one file that
// search-loader.ts imports on first use. Each custom element only wakes up
// where its tag is on the page.
import './site-search';
import './search-page';
