/**
 * EXIF orientation (TIFF tag 0x0112) as canvas transforms. The pipeline decodes every image with
 * its EXIF block cut out (so no browser turns it on its own, or differently from another) and
 * applies the orientation read from the header here: the same result in every engine.
 *
 * 1 upright · 2 mirrored · 3 turned 180° · 4 mirrored upside down · 5 mirrored and turned 90° counter-clockwise
 * (transposed) · 6 turned 90° clockwise to view · 7 mirrored and turned 90° clockwise (transverse) ·
 * 8 turned 90° counter-clockwise to view.
 */

/** A valid orientation (1 when the value is missing or out of range). */
export function normaliseOrientation(value: number | null | undefined): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 8 ? value : 1;
}

/** Whether the orientation swaps width and height (5–8). */
export const swapsAxes = (orientation: number): boolean => orientation >= 5;

/**
 * The transform (a, b, c, d, e, f as `setTransform` takes it) that draws a stored image of
 * `width` × `height` (as drawn, after any scaling) upright onto a canvas of the oriented size.
 */
export function orientationTransform(
  orientation: number,
  width: number,
  height: number,
): [number, number, number, number, number, number] {
  switch (orientation) {
    case 2:
      return [-1, 0, 0, 1, width, 0];
    case 3:
      return [-1, 0, 0, -1, width, height];
    case 4:
      return [1, 0, 0, -1, 0, height];
    case 5:
      return [0, 1, 1, 0, 0, 0];
    case 6:
      return [0, 1, -1, 0, height, 0];
    case 7:
      return [0, -1, -1, 0, height, width];
    case 8:
      return [0, -1, 1, 0, 0, width];
    default:
      return [1, 0, 0, 1, 0, 0];
  }
}
