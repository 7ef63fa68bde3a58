import { ascii, hasAscii, u32 } from './bytes.js';

/**
 * The type of a file by its content (magic bytes), never by its name or the browser's guess:
 * Windows Chrome labels HEIF `application/octet-stream`, and a `.jpg` may hold a ZIP or a program.
 */

/** The kinds `bp-id-upload` can take. */
export type AcceptedKind = 'jpeg' | 'png' | 'pdf' | 'heic' | 'heif';

/** Kinds recognised only to be refused (named so logs and tests can tell them apart). */
export type RefusedKind =
  | 'zip'
  | 'exe'
  | 'elf'
  | 'macho'
  | 'script'
  | 'gif'
  | 'webp'
  | 'avif'
  | 'tiff'
  | 'bmp'
  | 'rar'
  | '7z'
  | 'gzip'
  | 'ole'
  | 'markup';

/** What {@link sniffFileType} finds. `unknown`: none of the above; `empty`: no bytes at all. */
export type FileKind = AcceptedKind | RefusedKind | 'unknown' | 'empty';

/** Bytes {@link sniffFileType} needs at most (an ISO BMFF `ftyp` box with its brand list). */
export const SNIFF_BYTES = 256;

/** Every kind `bp-id-upload` can take, in the order messages list them. */
export const ACCEPTED_KINDS: readonly AcceptedKind[] = ['jpeg', 'png', 'heic', 'heif', 'pdf'];

/** The MIME type sent for each accepted kind. */
export const KIND_MIME: Readonly<Record<AcceptedKind, string>> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  pdf: 'application/pdf',
  heic: 'image/heic',
  heif: 'image/heif',
};

/** File-name extensions that belong to each accepted kind; the first is the one given to names. */
export const KIND_EXTENSIONS: Readonly<Record<AcceptedKind, readonly string[]>> = {
  jpeg: ['jpg', 'jpeg', 'jpe', 'jfif'],
  png: ['png'],
  pdf: ['pdf'],
  heic: ['heic', 'heif', 'hif'],
  heif: ['heif', 'heic', 'hif'],
};

/** Whether a kind is one `bp-id-upload` can take. */
export function isAcceptedKind(kind: FileKind): kind is AcceptedKind {
  return kind in KIND_MIME;
}

// ISO/IEC 23008-12 brands: HEVC-coded HEIF ("HEIC") and the generic image brands.
const HEIC_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

/** The brands of an ISO BMFF `ftyp` box at offset 0: major first, then the compatible ones. */
function ftypBrands(b: Uint8Array): string[] | null {
  if (!hasAscii(b, 4, 'ftyp') || b.length < 16) return null;
  const size = u32(b, 0);
  if (size < 16) return null;
  const end = Math.min(size, b.length);
  const brands = [ascii(b, 8, 4)];
  for (let i = 16; i + 4 <= end; i += 4) brands.push(ascii(b, i, 4));
  return brands;
}

function isoKind(brands: string[]): FileKind {
  const [major] = brands;
  if (HEIC_BRANDS.has(major)) return 'heic';
  if (AVIF_BRANDS.has(major)) return 'avif';
  if (brands.some((b) => HEIC_BRANDS.has(b))) return 'heic';
  if (brands.some((b) => AVIF_BRANDS.has(b))) return 'avif';
  if (brands.some((b) => HEIF_BRANDS.has(b))) return 'heif';
  return 'unknown';
}

/** Text that starts like markup (HTML, SVG, XML), after an optional BOM and white space. */
function looksLikeMarkup(b: Uint8Array): boolean {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  return b[i] === 0x3c; // "<"
}

/**
 * The kind of a file from its first bytes (at most {@link SNIFF_BYTES} are read). JPEG `FF D8 FF`,
 * PNG's 8-byte signature, PDF `%PDF-` at offset 0, HEIC/HEIF by the `ftyp` brands at offset 4
 * (an AVIF, which shares `mif1`, is told apart by its own brands).
 */
export function sniffFileType(head: Uint8Array): FileKind {
  const b = head.subarray(0, SNIFF_BYTES);
  if (b.length === 0) return 'empty';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b[0] === 0x89 && hasAscii(b, 1, 'PNG\r\n\u001a\n')) return 'png';
  if (hasAscii(b, 0, '%PDF-')) return 'pdf';
  const brands = ftypBrands(b);
  if (brands) return isoKind(brands);
  if (
    hasAscii(b, 0, 'PK') &&
    (hasAscii(b, 2, '\u0003\u0004') || hasAscii(b, 2, '\u0005\u0006') || hasAscii(b, 2, '\u0007\u0008'))
  ) {
    return 'zip';
  }
  if (hasAscii(b, 0, 'MZ')) return 'exe';
  if (hasAscii(b, 0, '\u007fELF')) return 'elf';
  const magic = b.length >= 4 ? u32(b, 0) : 0;
  if ([0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic)) return 'macho';
  if (hasAscii(b, 0, '#!')) return 'script';
  if (hasAscii(b, 0, 'GIF87a') || hasAscii(b, 0, 'GIF89a')) return 'gif';
  if (hasAscii(b, 0, 'RIFF') && hasAscii(b, 8, 'WEBP')) return 'webp';
  if (hasAscii(b, 0, 'II*\u0000') || hasAscii(b, 0, 'MM\u0000*')) return 'tiff';
  if (hasAscii(b, 0, 'BM') && b.length >= 14) return 'bmp';
  if (hasAscii(b, 0, 'Rar!\u001a\u0007')) return 'rar';
  if (hasAscii(b, 0, "7z\u00bc\u00af'\u001c")) return '7z';
  if (b[0] === 0x1f && b[1] === 0x8b) return 'gzip';
  if (b.length >= 8 && u32(b, 0) === 0xd0cf11e0 && u32(b, 4) === 0xa1b11ae1) return 'ole';
  if (looksLikeMarkup(b)) return 'markup';
  return 'unknown';
}
