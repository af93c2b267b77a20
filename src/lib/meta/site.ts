/** The publication's name, as pages, feeds and structured data give it. */
export const SITE_NAME = 'Broadsheet';

/** Size of the social preview card drawn for each article (the size link previews expect). */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** What the site is, for the home page, the feed and search engines. */
export const SITE_DESCRIPTION = 'News articles to read, search and cite paragraph by paragraph.';

/** The publisher's logo for structured data: a raster image with its size, as Google asks (an SVG is not accepted). */
export const LOGO = { path: 'logo.png', width: 512, height: 512 } as const;
