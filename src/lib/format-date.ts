/**
 * A calendar day as readers of `lang` write it ("9 November 2023").
 * Front-matter dates are days, not instants: format them in UTC so no
 * reader's time zone moves an article to the day before.
 */
export function formatDay(date: Date, lang = 'en'): string {
  return date.toLocaleDateString(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** `YYYY-MM-DD`, as `<time datetime>`, feeds and structured data want it. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
