/**
 * What two texts must share to count as the same paragraph. Smartypants is on
 * (astro.config.mjs), so straight quotes, `--` and `...` become typographic on
 * the page: both sides are folded to one form, and white space to one space.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[“”„‟"]/g, '"')
    .replace(/[‘’‚‛']/g, "'")
    .replace(/…|\. \. \./g, '...')
    .replace(/[-‐‑‒–—―]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
