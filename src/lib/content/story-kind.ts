/**
 * The kinds of story a newsroom tells apart for its readers (the Trust
 * Project's "type of work" indicator), each with its schema.org type.
 */
export const STORY_KINDS = ['news', 'analysis', 'opinion', 'explainer', 'interview', 'sponsored'] as const;

export type StoryKind = (typeof STORY_KINDS)[number];

/** The label a reader sees above the headline; plain news carries none. */
export const KIND_LABELS: Record<StoryKind, string> = {
  news: 'News',
  analysis: 'Analysis',
  opinion: 'Opinion',
  explainer: 'Explainer',
  interview: 'Interview',
  sponsored: 'Sponsored',
};

/** schema.org's type for each kind (its subtypes of `NewsArticle`, and paid content as advertiser content). */
export const KIND_TYPES: Record<StoryKind, string> = {
  news: 'NewsArticle',
  analysis: 'AnalysisNewsArticle',
  opinion: 'OpinionNewsArticle',
  explainer: 'BackgroundNewsArticle',
  interview: 'ReportageNewsArticle',
  sponsored: 'AdvertiserContentArticle',
};

/** Whether a story of this kind is labelled: all but plain news. */
export const isLabelled = (kind: StoryKind): boolean => kind !== 'news';
