/** Scripts the card's bundled faces (Noto Serif: Latin, Cyrillic) can draw. */
const DRAWABLE = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{N}\p{P}\p{Zs}\p{S}]*$/u;

/**
 * Whether the social card's fonts can draw `text`: a headline or date in
 * another script (Arabic, Chinese) would come out as empty boxes, or in
 * whatever font the building machine happens to have. Kept apart from the
 * drawing code, so the build process can ask without loading Skia.
 */
export function canDraw(text: string): boolean {
  return DRAWABLE.test(text);
}
