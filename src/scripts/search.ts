// One entry for every search surface (header box and search page): a single
// small file, so no page pays for a shared chunk. Each custom element only
// wakes up where its tag is on the page.
import './site-search';
import './search-page';
