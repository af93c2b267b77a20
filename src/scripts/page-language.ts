/** The language a page's queries are stemmed in unless their script says otherwise: the page's own. */
export function pageLanguage(): string {
  return document.documentElement.lang.toLowerCase().split('-')[0] || 'en';
}
