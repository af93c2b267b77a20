/**
 * Open Graph's `og:locale` for a BCP 47 tag: `language_TERRITORY`, the form
 * Facebook and others read (`en` → `en_US`, `pt-BR` → `pt_BR`, `ar` → `ar_EG`).
 * A tag without a territory takes its most likely one (CLDR likely subtags).
 */
export function ogLocale(lang: string): string {
  try {
    const locale = new Intl.Locale(lang).maximize();
    return locale.region ? `${locale.language}_${locale.region}` : locale.language;
  } catch {
    return lang.replace('-', '_');
  }
}
