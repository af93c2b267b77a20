/**
 * A calendar day as readers of `lang` write it ("9 November 2023").
 * Front-matter dates are days, not instants: format them in UTC so no
 * reader's time zone moves an article to the day before.
 */
export function formatDay(date: Date, lang = 'en'): string {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    formats.set(lang, format);
  }
  return format.format(date);
}

// A formatter is costly to make (toLocaleDateString makes one a call), and
// a build formats tens of thousands of dates in a handful of languages.
const formats = new Map<string, Intl.DateTimeFormat>();

/** `YYYY-MM-DD`, as `<time datetime>`, feeds and structured data want it. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
