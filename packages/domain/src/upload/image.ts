import { ascii, hasAscii, u16, u32 } from './bytes.js';
import { readExif, type ExifFacts } from './exif.js';

/**
 * Image facts read from the header, without decoding a single pixel: a decompression bomb (a
 * 600 KB PNG of 14,000 × 14,000 pixels took 814 MB in Pillow) is refused before it reaches a
 * decoder. JPEG: the SOFn segment after any APPn segments; PNG: IHDR; HEIC/HEIF: the `ispe`
 * property of the primary item.
 */

/** What {@link readImageHeader} finds. */
export interface ImageHeader {
  readonly width: number;
  readonly height: number;
  /** EXIF orientation 1–8, `null` without EXIF (HEIC rotation lives in `irot`, see `rotation`). */
  readonly orientation: number | null;
  /** HEIC/HEIF `irot`: clockwise degrees the viewer must turn the image (0, 90, 180, 270). */
  readonly rotation: number;
  /** Whether the file carries an EXIF block (JPEG APP1 or PNG eXIf). */
  readonly exif: boolean;
  /** Whether that block has GPS data. */
  readonly gps: boolean;
  /** Whether the file carries XMP metadata (which may hold a location too). */
  readonly xmp: boolean;
}

/**
 * - `ok`: the header was read;
 * - `truncated`: the bytes end before the header does (read more, or the file is cut off);
 * - `damaged`: the structure is broken (wrong markers, zero size, no image properties).
 */
export type ImageHeaderResult =
  { readonly status: 'ok'; readonly header: ImageHeader } | { readonly status: 'truncated' | 'damaged' };

/** Bytes of the head that are enough for nearly every camera JPEG (EXIF with thumbnail ≤ 64 KB). */
export const IMAGE_HEADER_BYTES = 256 * 1024;

const TRUNCATED = { status: 'truncated' } as const;
const DAMAGED = { status: 'damaged' } as const;
const ok = (header: ImageHeader): ImageHeaderResult => ({ status: 'ok', header });

// SOF0–SOF15 without DHT (C4), JPG (C8) and DAC (CC).
const isSof = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

/** One marker segment of a JPEG, up to the first scan. */
export interface JpegSegment {
  /** The marker byte (0xE1 for APP1, 0xC0 for SOF0 …). */
  readonly marker: number;
  /** Offset of the marker's 0xFF. */
  readonly offset: number;
  /** Bytes of the whole segment, marker included. */
  readonly length: number;
  /** For APPn: the identifier at the start of the payload (`Exif`, `http://ns.adobe.com/xap/1.0/`, `JFIF` …). */
  readonly id?: string;
}

/**
 * The marker segments of a JPEG from SOI up to and including SOS, or `truncated`/`damaged`. The
 * image worker's tests use it to show that re-encoded output carries no APP1 (EXIF) segment.
 */
export function jpegSegments(b: Uint8Array): JpegSegment[] | 'truncated' | 'damaged' {
  if (b.length < 3) return 'truncated';
  if (b[0] !== 0xff || b[1] !== 0xd8) return 'damaged';
  const segments: JpegSegment[] = [];
  let i = 2;
  for (;;) {
    if (i >= b.length) return 'truncated';
    if (b[i] !== 0xff) return 'damaged';
    const offset = i;
    while (i < b.length && b[i] === 0xff) i++;
    if (i >= b.length) return 'truncated';
    const marker = b[i++];
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue;
    if (marker === 0xd8 || marker === 0xd9 || marker === 0x00) return 'damaged';
    if (i + 2 > b.length) return 'truncated';
    const length = u16(b, i);
    if (length < 2) return 'damaged';
    const end = i + length;
    if (end > b.length) return 'truncated';
    let id: string | undefined;
    if (marker >= 0xe0 && marker <= 0xef) {
      const zero = b.subarray(i + 2, Math.min(end, i + 40)).indexOf(0);
      id = zero > 0 ? ascii(b, i + 2, zero) : undefined;
    }
    segments.push({ marker, offset, length: end - offset, ...(id !== undefined ? { id } : {}) });
    if (marker === 0xda) return segments;
    i = end;
  }
}

/** Whether a complete JPEG's entropy-coded data ends with EOI (`FF D9`), i.e. it is not cut off. */
export function jpegHasEnd(b: Uint8Array, scanStart: number): boolean {
  for (let i = b.length - 2; i >= scanStart; i--) {
    if (b[i] === 0xff && b[i + 1] === 0xd9) return true;
  }
  return false;
}

function readJpeg(b: Uint8Array): ImageHeaderResult {
  const segments = jpegSegments(b);
  if (typeof segments === 'string') return segments === 'truncated' ? TRUNCATED : DAMAGED;
  const sof = segments.find((s) => isSof(s.marker));
  if (!sof || sof.length < 2 + 8) return DAMAGED;
  const height = u16(b, sof.offset + 5);
  const width = u16(b, sof.offset + 7);
  // Height 0 (defined later by a DNL marker) is legal but unknown to every camera; refuse it.
  if (width === 0 || height === 0) return DAMAGED;
  let exif: ExifFacts | null = null;
  const app1 = segments.find((s) => s.marker === 0xe1 && s.id === 'Exif');
  if (app1) exif = readExif(b.subarray(app1.offset + 10, app1.offset + app1.length));
  const xmp = segments.some((s) => s.marker === 0xe1 && s.id?.startsWith('http://ns.adobe.com/xap/'));
  return ok({
    width,
    height,
    orientation: exif?.orientation ?? null,
    rotation: 0,
    exif: !!app1,
    gps: exif?.gps ?? false,
    xmp,
  });
}

/** The chunks of a PNG after its signature: type, data offset and length. */
function* pngChunks(b: Uint8Array): Generator<{ type: string; at: number; length: number } | 'truncated'> {
  let i = 8;
  while (i < b.length) {
    if (i + 8 > b.length) {
      yield 'truncated';
      return;
    }
    const length = u32(b, i);
    const type = ascii(b, i + 4, 4);
    if (i + 12 + length > b.length) {
      yield { type, at: i + 8, length: -1 };
      yield 'truncated';
      return;
    }
    yield { type, at: i + 8, length };
    if (type === 'IEND') return;
    i += 12 + length;
  }
  yield 'truncated';
}

function readPng(b: Uint8Array): ImageHeaderResult {
  if (b.length < 8 + 8 + 13) return TRUNCATED;
  if (u32(b, 8) !== 13 || !hasAscii(b, 12, 'IHDR')) return DAMAGED;
  const width = u32(b, 16);
  const height = u32(b, 20);
  if (width === 0 || height === 0 || width > 0x7fffffff || height > 0x7fffffff) return DAMAGED;
  let exif: ExifFacts | null = null;
  let hasExif = false;
  let xmp = false;
  for (const chunk of pngChunks(b)) {
    if (chunk === 'truncated') break;
    if (chunk.type === 'eXIf') {
      hasExif = true;
      if (chunk.length >= 0) exif = readExif(b.subarray(chunk.at, chunk.at + chunk.length));
    }
    if (chunk.type === 'iTXt' && chunk.length >= 0 && ascii(b, chunk.at, 17) === 'XML:com.adobe.xmp') xmp = true;
  }
  return ok({
    width,
    height,
    orientation: exif?.orientation ?? null,
    rotation: 0,
    exif: hasExif,
    gps: exif?.gps ?? false,
    xmp,
  });
}

/** Whether a whole PNG ends with its IEND chunk (it is not cut off). */
export function pngHasEnd(b: Uint8Array): boolean {
  for (const chunk of pngChunks(b)) {
    if (chunk === 'truncated') return false;
    if (chunk.type === 'IEND') return true;
  }
  return false;
}

/** ISO BMFF boxes between `start` and `end`: type, payload offset, box end. */
function* boxes(
  b: Uint8Array,
  start: number,
  end: number,
): Generator<{ type: string; at: number; end: number } | 'truncated'> {
  let i = start;
  while (i + 8 <= end) {
    let size = u32(b, i);
    const type = ascii(b, i + 4, 4);
    let header = 8;
    if (size === 1) {
      if (i + 16 > end) {
        yield 'truncated';
        return;
      }
      const high = u32(b, i + 8);
      size = high * 2 ** 32 + u32(b, i + 12);
      header = 16;
    } else if (size === 0) {
      size = end - i;
    }
    if (size < header) return;
    if (i + size > end) {
      yield { type, at: i + header, end: -1 };
      yield 'truncated';
      return;
    }
    yield { type, at: i + header, end: i + size };
    i += size;
  }
  if (i < end) yield 'truncated';
}

function readHeif(b: Uint8Array): ImageHeaderResult {
  let meta: { at: number; end: number } | null = null;
  for (const box of boxes(b, 0, b.length)) {
    if (box === 'truncated') return TRUNCATED;
    if (box.type === 'meta') {
      if (box.end < 0) return TRUNCATED;
      meta = box;
      break;
    }
  }
  if (!meta) return b.length >= 1 << 20 ? DAMAGED : TRUNCATED;
  let primary = -1;
  const properties: { type: string; at: number; end: number }[] = [];
  const associations = new Map<number, number[]>();
  for (const box of boxes(b, meta.at + 4, meta.end)) {
    if (box === 'truncated') return DAMAGED;
    if (box.type === 'pitm') primary = b[box.at] === 0 ? u16(b, box.at + 4) : u32(b, box.at + 4);
    if (box.type !== 'iprp') continue;
    for (const child of boxes(b, box.at, box.end)) {
      if (child === 'truncated') return DAMAGED;
      if (child.type === 'ipco') {
        for (const p of boxes(b, child.at, child.end)) {
          if (p === 'truncated') return DAMAGED;
          properties.push(p);
        }
      } else if (child.type === 'ipma') {
        const version = b[child.at];
        const wide = (b[child.at + 3] & 1) === 1;
        let i = child.at + 4;
        const count = u32(b, i);
        i += 4;
        for (let n = 0; n < count && i < child.end; n++) {
          const item = version < 1 ? u16(b, i) : u32(b, i);
          i += version < 1 ? 2 : 4;
          const assoc = b[i++];
          const list: number[] = [];
          for (let k = 0; k < assoc && i < child.end; k++) {
            list.push(wide ? u16(b, i) & 0x7fff : b[i] & 0x7f);
            i += wide ? 2 : 1;
          }
          associations.set(item, list);
        }
      }
    }
  }
  const ofPrimary = (associations.get(primary) ?? []).map((index) => properties[index - 1]).filter(Boolean);
  const ispeOf = (list: typeof properties) => list.filter((p) => p.type === 'ispe' && p.end - p.at >= 12);
  const size = (p: { at: number }) => ({ width: u32(b, p.at + 4), height: u32(b, p.at + 8) });
  let dims = ispeOf(ofPrimary).map(size)[0];
  // Without a usable association, the largest declared image counts (a grid's full size).
  dims ??= ispeOf(properties)
    .map(size)
    .sort((x, y) => y.width * y.height - x.width * x.height)[0];
  if (!dims || dims.width === 0 || dims.height === 0) return DAMAGED;
  const irot = ofPrimary.find((p) => p.type === 'irot');
  const rotation = irot ? ((4 - (b[irot.at] & 3)) % 4) * 90 : 0;
  return ok({ ...dims, orientation: null, rotation, exif: false, gps: false, xmp: false });
}

/**
 * Width, height and metadata facts of a JPEG, PNG or HEIC/HEIF from its first bytes (give at
 * least {@link IMAGE_HEADER_BYTES}, or the whole file). Never throws.
 */
export function readImageHeader(kind: 'jpeg' | 'png' | 'heic' | 'heif', bytes: Uint8Array): ImageHeaderResult {
  try {
    if (kind === 'jpeg') return readJpeg(bytes);
    if (kind === 'png') return readPng(bytes);
    return readHeif(bytes);
  } catch {
    return DAMAGED;
  }
}
