import { formatDay, isoDay } from '../format-date.ts';
import { SITE_NAME } from '../meta/site.ts';
import { canDraw } from './drawable.ts';
import type { SocialCard } from './social-image.ts';

/** What an article's card shows: its headline, its day in its language, the site's name. */
export function articleCard({ title, date, lang }: { title: string; date: Date; lang: string }): SocialCard {
  const day = formatDay(date, lang);
  // A date the card's fonts cannot draw (Arabic, Chinese) is given as digits.
  return { title, date: canDraw(day) ? day : isoDay(date), siteName: SITE_NAME };
}
