/**
 * Black-out rectangles for identity documents (PAuswG § 20: the Zugangsnummer/CAN and the
 * Seriennummer "können und sollen … geschwärzt werden"). A rectangle is given in fractions of
 * the *displayed* image — after its EXIF orientation is applied — so the editor, the image
 * worker that burns it in, and a server reading the request all mean the same area whatever the
 * pixel size. 0 ≤ x, y and x + width, y + height ≤ 1.
 */
export interface RedactionRect {
  /** Left edge, 0…1 of the oriented image's width. */
  x: number;
  /** Top edge, 0…1 of the oriented image's height. */
  y: number;
  /** Width, 0…1 of the oriented image's width. */
  width: number;
  /** Height, 0…1 of the oriented image's height. */
  height: number;
}

const unit = (n: number) => (Number.isFinite(n) ? Math.min(1, Math.max(0, n)) : 0);

/** The rectangle moved and cut to lie inside the image; `null` when nothing of it is left. */
export function clampRedaction(rect: RedactionRect): RedactionRect | null {
  const x = unit(rect.x);
  const y = unit(rect.y);
  const width = unit(Math.min(rect.width, 1 - x));
  const height = unit(Math.min(rect.height, 1 - y));
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

/** The rectangle in whole pixels of an image `width` × `height`, rounded outwards so no edge pixel stays visible. */
export function redactionPixels(
  rect: RedactionRect,
  width: number,
  height: number,
): { x: number; y: number; width: number; height: number } {
  const left = Math.floor(rect.x * width);
  const top = Math.floor(rect.y * height);
  const right = Math.min(width, Math.ceil((rect.x + rect.width) * width));
  const bottom = Math.min(height, Math.ceil((rect.y + rect.height) * height));
  return { x: left, y: top, width: Math.max(0, right - left), height: Math.max(0, bottom - top) };
}
