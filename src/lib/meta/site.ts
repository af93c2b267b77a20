/** The publication's name, as pages, feeds and structured data give it. */
export const SITE_NAME = 'Broadsheet';

/** Size of the social preview card drawn for each article (the size link previews expect). */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/**
 * Items in the feed: the newest articles. Readers poll a feed every few
 * minutes; at 10,000 articles a feed of all of them was 5 MB. The archive
 * and the sitemap list the rest.
 */
export const FEED_ITEMS = 50;

/** What the site is, for the home page, the feed and search engines. */
export const SITE_DESCRIPTION = 'News articles to read, search and cite paragraph by paragraph.';

/** The publisher's logo for structured data: a raster image with its size, as Google asks (an SVG is not accepted). */
export const LOGO = { path: 'logo.png', width: 512, height: 512 } as const;
