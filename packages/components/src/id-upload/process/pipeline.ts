import {
  clampRedaction,
  DEFAULT_MAX_PIXELS,
  jpegHasEnd,
  jpegSegments,
  KIND_MIME,
  pngHasEnd,
  readImageHeader,
  redactionPixels,
  sniffFileType,
  type ImageHeader,
} from '@blaupause/domain/upload';
import { normaliseOrientation, orientationTransform, swapsAxes } from './orientation.js';
import { ImageProcessError, type PipelineOptions, type ProcessedImage } from './types.js';

/**
 * The image pipeline itself, the same code in the Web Worker (OffscreenCanvas) and, where a browser
 * has none there, on the main thread: header checks before any decoding (pixel cap, complete
 * file), decode with the EXIF block cut out, orientation from the header, long edge scaled with
 * halving steps and high-quality smoothing, redactions burned in as opaque black, the mark, a fresh
 * JPEG encode (so no EXIF, GPS, XMP or ICC block survives) and a thumbnail of the result.
 */

export const DEFAULT_MAX_EDGE = 3000;
export const DEFAULT_QUALITY = 0.85;
export const DEFAULT_THUMBNAIL_EDGE = 240;
const THUMBNAIL_QUALITY = 0.8;

type Context2D = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;
type Canvas = OffscreenCanvas | HTMLCanvasElement;

/** Where the pipeline draws: OffscreenCanvas in a worker, a canvas element on the main thread. */
export interface Surfaces {
  create(width: number, height: number): { canvas: Canvas; ctx: Context2D };
  encode(canvas: Canvas, quality: number): Promise<Blob>;
}

function context(canvas: Canvas): Context2D {
  const ctx = canvas.getContext('2d', { alpha: false });
  if (!ctx) throw new ImageProcessError('decode-failed', 'no 2D canvas context');
  return ctx;
}

/** OffscreenCanvas and `convertToBlob` (workers; main threads that have it). */
export const offscreenSurfaces: Surfaces = {
  create(width, height) {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, ctx: context(canvas) };
  },
  encode: (canvas, quality) => (canvas as OffscreenCanvas).convertToBlob({ type: 'image/jpeg', quality }),
};

/** A canvas element and `toBlob` (the main-thread fallback where OffscreenCanvas is missing). */
export const elementSurfaces: Surfaces = {
  create(width, height) {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    return { canvas, ctx: context(canvas) };
  },
  encode: (canvas, quality) =>
    new Promise((resolve, reject) =>
      (canvas as HTMLCanvasElement).toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new ImageProcessError('decode-failed', 'the JPEG encoder gave nothing')),
        'image/jpeg',
        quality,
      ),
    ),
};

/** The surfaces this thread can use: OffscreenCanvas when it exists, else canvas elements. */
export function defaultSurfaces(): Surfaces {
  return typeof OffscreenCanvas === 'function' && 'convertToBlob' in OffscreenCanvas.prototype
    ? offscreenSurfaces
    : elementSurfaces;
}

/** Everything one run needs besides the file and the options. */
export interface PipelineRun {
  readonly surfaces: Surfaces;
  /** Throws `aborted` when the caller gave up (checked between the steps). */
  readonly checkAborted: () => void;
  /** Decodes a HEIC/HEIF the browser cannot; `null` where no decoder is built in. */
  readonly heicDecoder?: (file: Blob) => Promise<ImageBitmap | ImageData>;
}

/** What decoding gives: a stored-orientation image, its size and how to turn it upright. */
interface Decoded {
  readonly image: ImageBitmap | ImageData;
  readonly header: ImageHeader;
  readonly mime: string;
  readonly converted: boolean;
  /** EXIF orientation to apply (1 where the decoder already turned it: HEIC `irot`). */
  readonly orientation: number;
}

/** A file handed back unchanged (HEIC, `pass-through`). */
interface PassThrough {
  readonly passThrough: true;
  readonly header: ImageHeader;
  readonly mime: string;
}

/**
 * The bytes with the ranges cut out, as one flat Blob. Flat, not a Blob of `slice()`s: Firefox
 * cannot decode an image from a Blob made of several parts ("The image could not be decoded").
 */
function without(bytes: Uint8Array, cuts: readonly [number, number][], type: string): Blob {
  if (!cuts.length) return new Blob([bytes as BlobPart], { type });
  const kept = cuts.reduce((n, [start, end]) => n - (end - start), bytes.length);
  const out = new Uint8Array(kept);
  let at = 0;
  let from = 0;
  for (const [start, end] of cuts) {
    out.set(bytes.subarray(from, start), at);
    at += start - from;
    from = end;
  }
  out.set(bytes.subarray(from), at);
  return new Blob([out], { type });
}

/** APP1 segments (EXIF, XMP) of a JPEG: cut before decoding, so no engine applies the orientation itself. */
function jpegExifRanges(bytes: Uint8Array): [number, number][] {
  const segments = jpegSegments(bytes);
  if (!Array.isArray(segments)) return [];
  return segments.filter((s) => s.marker === 0xe1).map((s) => [s.offset, s.offset + s.length]);
}

/** `eXIf` chunks of a PNG (Chromium and WebKit apply their orientation, Firefox does not). */
function pngExifRanges(bytes: Uint8Array): [number, number][] {
  const ranges: [number, number][] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 8; i + 12 <= bytes.length;) {
    const length = view.getUint32(i);
    const end = i + 12 + length;
    const type = String.fromCharCode(bytes[i + 4], bytes[i + 5], bytes[i + 6], bytes[i + 7]);
    if (type === 'eXIf') ranges.push([i, end]);
    if (type === 'IEND' || end > bytes.length) break;
    i = end;
  }
  return ranges;
}

/**
 * Whether every Huffman table (DHT) of a JPEG defines at least one code. A table without codes
 * cannot decode a scan: Chromium and Firefox refuse such a file, WebKit paints it grey and calls it
 * decoded, so the pipeline refuses it itself, the same in every engine.
 */
function jpegHuffmanTablesUsable(
  bytes: Uint8Array,
  segments: readonly { marker: number; offset: number; length: number }[],
): boolean {
  for (const s of segments) {
    if (s.marker !== 0xc4) continue;
    const end = s.offset + s.length;
    // Marker (2 bytes), length (2), then tables: class/id (1), 16 counts, the symbols.
    for (let i = s.offset + 4; i < end;) {
      if (i + 17 > end) return false;
      let codes = 0;
      for (let k = 1; k <= 16; k++) codes += bytes[i + k];
      if (codes === 0 || i + 17 + codes > end) return false;
      i += 17 + codes;
    }
  }
  return true;
}

async function decodeBitmap(blob: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(blob, { imageOrientation: 'from-image' });
  } catch (e) {
    throw new ImageProcessError('decode-failed', e instanceof Error ? e.message : String(e));
  }
}

async function decode(file: Blob, options: PipelineOptions, run: PipelineRun): Promise<Decoded | PassThrough> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  run.checkAborted();
  const kind = sniffFileType(bytes);
  if (kind !== 'jpeg' && kind !== 'png' && kind !== 'heic' && kind !== 'heif') {
    throw new ImageProcessError('decode-failed', `not an image the pipeline takes (${kind})`);
  }
  const read = readImageHeader(kind, bytes);
  if (read.status !== 'ok') throw new ImageProcessError('decode-failed', `image header ${read.status}`);
  const { header } = read;
  const maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
  if (header.width * header.height > maxPixels) {
    throw new ImageProcessError(
      'too-many-pixels',
      `${header.width} × ${header.height} pixels is over the cap of ${maxPixels}`,
    );
  }
  const mime = KIND_MIME[kind];
  if (kind === 'jpeg') {
    const segments = jpegSegments(bytes);
    const sos = Array.isArray(segments) ? segments[segments.length - 1] : undefined;
    // Engines decode a cut-off JPEG without complaint (the rest grey): refuse it here.
    if (!sos || !jpegHasEnd(bytes, sos.offset + sos.length)) {
      throw new ImageProcessError('decode-failed', 'the JPEG is cut off (no end marker)');
    }
    if (!jpegHuffmanTablesUsable(bytes, segments as Exclude<typeof segments, string>)) {
      throw new ImageProcessError('decode-failed', 'the JPEG has a Huffman table without codes');
    }
    const image = await decodeBitmap(without(bytes, jpegExifRanges(bytes), 'image/jpeg'));
    return { image, header, mime, converted: false, orientation: normaliseOrientation(header.orientation) };
  }
  if (kind === 'png') {
    if (!pngHasEnd(bytes)) throw new ImageProcessError('decode-failed', 'the PNG is cut off (no IEND)');
    const image = await decodeBitmap(without(bytes, pngExifRanges(bytes), 'image/png'));
    return { image, header, mime, converted: false, orientation: normaliseOrientation(header.orientation) };
  }
  // HEIC/HEIF: the browser first (Safari decodes it and applies irot), then a decoder if allowed.
  try {
    const image = await createImageBitmap(file, { imageOrientation: 'from-image' });
    return { image, header, mime, converted: true, orientation: 1 };
  } catch {
    // not decodable here
  }
  run.checkAborted();
  const mode = options.heic ?? 'convert';
  if (mode === 'pass-through') return { passThrough: true, header, mime };
  if (mode === 'convert' && run.heicDecoder) {
    let image: ImageBitmap | ImageData;
    try {
      image = await run.heicDecoder(file);
    } catch (e) {
      throw new ImageProcessError('decode-failed', e instanceof Error ? e.message : String(e));
    }
    return { image, header, mime, converted: true, orientation: 1 };
  }
  throw new ImageProcessError('heic-unsupported', 'this browser cannot decode HEIC/HEIF');
}

/** A source the canvas can draw (ImageData goes through a canvas of its own first). */
function drawable(image: ImageBitmap | ImageData, surfaces: Surfaces): CanvasImageSource {
  if (!('data' in image)) return image;
  const { canvas, ctx } = surfaces.create(image.width, image.height);
  ctx.putImageData(image, 0, 0);
  return canvas;
}

function release(canvas: Canvas): void {
  canvas.width = 0;
  canvas.height = 0;
}

/**
 * Draws `source` (`width` × `height`) scaled to `targetWidth` × `targetHeight` and oriented into a
 * new canvas. Shrinking by more than half goes in halving steps first, so no source pixel is skipped
 * (a single bilinear draw from 4000 to 240 pixels would alias text).
 */
function drawScaled(
  source: CanvasImageSource,
  width: number,
  height: number,
  targetWidth: number,
  targetHeight: number,
  orientation: number,
  surfaces: Surfaces,
): { canvas: Canvas; ctx: Context2D } {
  let current = source;
  let w = width;
  let h = height;
  const temporary: Canvas[] = [];
  while (w / 2 >= targetWidth && h / 2 >= targetHeight) {
    const next = surfaces.create(Math.max(1, Math.round(w / 2)), Math.max(1, Math.round(h / 2)));
    next.ctx.imageSmoothingEnabled = true;
    next.ctx.imageSmoothingQuality = 'high';
    next.ctx.drawImage(current, 0, 0, next.canvas.width, next.canvas.height);
    temporary.push(next.canvas);
    current = next.canvas;
    w = next.canvas.width;
    h = next.canvas.height;
  }
  const swap = swapsAxes(orientation);
  const out = surfaces.create(swap ? targetHeight : targetWidth, swap ? targetWidth : targetHeight);
  const { ctx } = out;
  // No alpha in a JPEG: transparent PNG areas become white, not black.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, out.canvas.width, out.canvas.height);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.setTransform(...orientationTransform(orientation, targetWidth, targetHeight));
  ctx.drawImage(current, 0, 0, targetWidth, targetHeight);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  for (const c of temporary) release(c);
  return out;
}

/** Opaque black over each rectangle, rounded outwards to whole pixels. */
function burnRedactions(ctx: Context2D, width: number, height: number, rects: PipelineOptions['redactions']): void {
  ctx.save();
  ctx.globalAlpha = 1;
  ctx.globalCompositeOperation = 'source-over';
  ctx.fillStyle = '#000';
  for (const rect of rects ?? []) {
    const clamped = clampRedaction(rect);
    if (!clamped) continue;
    const px = redactionPixels(clamped, width, height);
    ctx.fillRect(px.x, px.y, px.width, px.height);
  }
  ctx.restore();
}

/**
 * The mark (e.g. „KOPIE“): a diagonal band of the text repeated across the whole image, dark red
 * with a white outline so it shows on light and dark documents, half opaque so the document stays
 * legible. It covers the image edge to edge, so no part can be cut out without it.
 */
function drawMark(ctx: Context2D, width: number, height: number, text: string): void {
  const size = Math.max(12, Math.round(Math.min(width, height) / 7));
  ctx.save();
  ctx.globalAlpha = 0.45;
  ctx.font = `bold ${size}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.lineWidth = Math.max(2, size / 12);
  ctx.strokeStyle = '#fff';
  ctx.fillStyle = '#b00000';
  ctx.translate(width / 2, height / 2);
  ctx.rotate(-Math.atan2(height, width));
  const diagonal = Math.hypot(width, height);
  const label = `${text}   `;
  const step = Math.max(ctx.measureText(label).width, size);
  const line = label.repeat(Math.ceil(diagonal / step) + 1);
  for (let y = -diagonal / 2; y <= diagonal / 2; y += size * 2.5) {
    ctx.strokeText(line, 0, y);
    ctx.fillText(line, 0, y);
  }
  ctx.restore();
}

/** Output size for a long-edge limit (never enlarged; at least 1 pixel). */
export function fitEdge(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const scale = Math.min(1, maxEdge / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

function positive(n: number | undefined, fallback: number): number {
  return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : fallback;
}

/**
 * The encoded JPEG without APP1–APP15 segments: Chromium's encoder writes its own sRGB ICC profile
 * (APP2), which says nothing about the person but is metadata all the same. The output keeps only
 * JFIF (APP0), and sRGB is what every viewer assumes without a profile.
 */
async function onlyJfif(jpeg: Blob): Promise<Blob> {
  const bytes = new Uint8Array(await jpeg.arrayBuffer());
  const segments = jpegSegments(bytes);
  if (!Array.isArray(segments)) return jpeg;
  const cuts = segments
    .filter((s) => s.marker >= 0xe1 && s.marker <= 0xef)
    .map((s): [number, number] => [s.offset, s.offset + s.length]);
  return cuts.length ? without(bytes, cuts, 'image/jpeg') : jpeg;
}

async function encode(surfaces: Surfaces, canvas: Canvas, quality: number): Promise<Blob> {
  const blob = await surfaces.encode(canvas, quality);
  // An engine without a JPEG encoder would hand back PNG (HTML: the default type).
  if (blob.type !== 'image/jpeg') throw new ImageProcessError('decode-failed', `the encoder gave ${blob.type}`);
  return onlyJfif(blob);
}

/** Runs the whole pipeline over one file. Rejects only with {@link ImageProcessError}. */
export async function runPipeline(file: Blob, options: PipelineOptions, run: PipelineRun): Promise<ProcessedImage> {
  try {
    return await pipeline(file, options, run);
  } catch (e) {
    if (e instanceof ImageProcessError) throw e;
    throw new ImageProcessError('decode-failed', e instanceof Error ? e.message : String(e));
  }
}

async function pipeline(file: Blob, options: PipelineOptions, run: PipelineRun): Promise<ProcessedImage> {
  const { surfaces, checkAborted } = run;
  checkAborted();
  const decoded = await decode(file, options, run);
  const { header, mime } = decoded;
  const source = {
    width: header.width,
    height: header.height,
    orientation: normaliseOrientation(header.orientation),
    hadExif: header.exif,
    hadGps: header.gps,
    type: mime,
  };
  if ('passThrough' in decoded) {
    return { blob: file, width: header.width, height: header.height, source, converted: false, passedThrough: true };
  }
  const { image, orientation } = decoded;
  try {
    checkAborted();
    const maxEdge = positive(options.maxEdge, DEFAULT_MAX_EDGE);
    const quality = Math.min(1, Math.max(0, options.quality ?? DEFAULT_QUALITY));
    const size = fitEdge(image.width, image.height, maxEdge);
    const out = drawScaled(
      drawable(image, surfaces),
      image.width,
      image.height,
      size.width,
      size.height,
      orientation,
      surfaces,
    );
    if ('close' in image) image.close();
    const { width, height } = out.canvas;
    burnRedactions(out.ctx, width, height, options.redactions);
    if (options.mark) drawMark(out.ctx, width, height, options.mark);
    checkAborted();
    const blob = await encode(surfaces, out.canvas, quality);
    let thumbnail: Blob | undefined;
    const edge = options.thumbnailEdge ?? DEFAULT_THUMBNAIL_EDGE;
    if (edge > 0) {
      checkAborted();
      const t = fitEdge(width, height, edge);
      const small = drawScaled(out.canvas, width, height, t.width, t.height, 1, surfaces);
      thumbnail = await encode(surfaces, small.canvas, THUMBNAIL_QUALITY);
      release(small.canvas);
    }
    release(out.canvas);
    checkAborted();
    return {
      blob,
      width,
      height,
      ...(thumbnail ? { thumbnail } : {}),
      source,
      converted: decoded.converted,
      passedThrough: false,
    };
  } finally {
    if ('close' in image) image.close();
  }
}
