// Colour arithmetic for themes: OKLCH tones and WCAG 2.x contrast, on culori (MIT).
import { converter, displayable, formatHex, parse, toGamut, wcagContrast } from 'culori';

const toOklch = converter('oklch');
const clampToRgb = toGamut('rgb', 'oklch');

/**
 * Parses any opaque CSS colour; returns a `#rrggbb` string, or undefined when it is not a colour or
 * is (partly) transparent — a brand colour's contrast depends on what is behind it.
 */
export function normalizeColor(input) {
  if (typeof input !== 'string') return undefined;
  const parsed = parse(input.trim());
  if (!parsed || (parsed.alpha !== undefined && parsed.alpha < 1)) return undefined;
  // Colours inside sRGB keep their exact value; wider-gamut input is mapped in OKLCH.
  return formatHex(displayable(parsed) ? parsed : clampToRgb(parsed));
}

/** OKLCH components of a colour. Hue is 0 for greys. */
export function oklch(hex) {
  const { l, c, h } = toOklch(hex);
  return { l, c, h: Number.isFinite(h) ? h : 0 };
}

/** The sRGB colour with lightness `l`, chroma `c` and hue `h` in OKLCH, chroma reduced to fit the gamut. */
export function fromOklch(l, c, h) {
  return formatHex(clampToRgb({ mode: 'oklch', l, c, h }));
}

/** WCAG 2.x contrast ratio of two colours (1–21). */
export function contrast(a, b) {
  return wcagContrast(a, b);
}

/** Rounds a ratio down to two decimals for display, so 4.499 never shows as 4.50. */
export function formatRatio(ratio) {
  return (Math.floor(ratio * 100) / 100).toFixed(2);
}
