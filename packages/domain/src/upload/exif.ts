import { hasAscii } from './bytes.js';

/** What the EXIF block of an image says that matters before upload. */
export interface ExifFacts {
  /** EXIF orientation 1–8 (1 = upright); `null` when the block has none. */
  readonly orientation: number | null;
  /** Whether the block holds a GPS section with at least one entry (a location). */
  readonly gps: boolean;
}

const ORIENTATION = 0x0112;
const GPS_IFD = 0x8825;

/**
 * Reads orientation and the presence of GPS data from a TIFF-structured EXIF block (what follows
 * `Exif\0\0` in a JPEG APP1 segment, or a PNG `eXIf` chunk). Returns `null` when the block is not
 * TIFF; damaged entries are skipped, never read past the block's end.
 */
export function readExif(tiff: Uint8Array): ExifFacts | null {
  if (tiff.length < 8) return null;
  const little = hasAscii(tiff, 0, 'II');
  if (!little && !hasAscii(tiff, 0, 'MM')) return null;
  const view = new DataView(tiff.buffer, tiff.byteOffset, tiff.byteLength);
  const u16 = (i: number) => view.getUint16(i, little);
  const u32 = (i: number) => view.getUint32(i, little);
  if (u16(2) !== 42) return null;
  let orientation: number | null = null;
  let gps = false;
  const ifd0 = u32(4);
  if (ifd0 + 2 > tiff.length) return { orientation, gps };
  const count = u16(ifd0);
  for (let n = 0; n < count; n++) {
    const entry = ifd0 + 2 + n * 12;
    if (entry + 12 > tiff.length) break;
    const tag = u16(entry);
    if (tag === ORIENTATION) {
      const value = u16(entry + 8);
      orientation = value >= 1 && value <= 8 ? value : null;
    } else if (tag === GPS_IFD) {
      const at = u32(entry + 8);
      gps = at + 2 <= tiff.length && u16(at) > 0;
    }
  }
  return { orientation, gps };
}
