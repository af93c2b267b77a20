/** Scripts written right to left, by the primary language subtag. */
const RTL = new Set(['ar', 'arc', 'dv', 'fa', 'ha', 'he', 'khw', 'ks', 'ku', 'ps', 'sd', 'ur', 'yi']);

/** `dir` for a BCP 47 language tag. */
export function textDirection(lang: string): 'ltr' | 'rtl' {
  const [primary = ''] = lang.toLowerCase().split('-');
  return RTL.has(primary) ? 'rtl' : 'ltr';
}
