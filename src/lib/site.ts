/** The publication's name, as pages, feeds and structured data give it. */
export const SITE_NAME = 'Broadsheet';

/** What the site is, for the home page, the feed and search engines. */
export const SITE_DESCRIPTION = 'News articles to read, search and cite paragraph by paragraph.';
