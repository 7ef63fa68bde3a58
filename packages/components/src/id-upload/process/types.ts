import type { RedactionRect } from '@blaupause/domain/upload';

/** How {@link processImage} treats a HEIC/HEIF the browser cannot decode itself. */
export type HeicMode = 'convert' | 'pass-through' | 'refuse';

/** Options of `processImage` (contract 2 of bp-id-upload). */
export interface ProcessOptions {
  /** Longest edge of the output in pixels (default 3000); smaller images are not enlarged. */
  maxEdge?: number;
  /** JPEG quality 0…1 (default 0.85). */
  quality?: number;
  /** Areas burned in as opaque black, in fractions of the oriented image (after orientation and scaling). */
  redactions?: readonly RedactionRect[];
  /** A visible mark such as „KOPIE“, drawn over the image (after the redactions) when set. */
  mark?: string;
  /** Longest edge of the thumbnail (default 240; 0 = no thumbnail). */
  thumbnailEdge?: number;
  /**
   * A HEIC/HEIF is converted to JPEG wherever the browser decodes it (Safari does). Where it does not:
   * `convert` (default) loads a HEIC decoder lazily where one is built in, else rejects with
   * `heic-unsupported`; `pass-through` hands the file back unchanged (`passedThrough`);
   * `refuse` rejects with `heic-unsupported` without loading anything.
   */
  heic?: HeicMode;
  /**
   * Most pixels (width × height from the header) an image may have before it is decoded
   * (default 50,000,000, as `DEFAULT_MAX_PIXELS` of @blaupause/domain/upload). An addition to the
   * contract, for a control whose `maxPixels` rule differs.
   */
  maxPixels?: number;
  /** Aborts: the promise rejects with code `aborted` at once, and the work is dropped. */
  signal?: AbortSignal;
}

/** The result of `processImage`. */
export interface ProcessedImage {
  /** The re-encoded image, `image/jpeg` (the unchanged HEIC when `passedThrough`). */
  blob: Blob;
  /** Output pixels, oriented. */
  width: number;
  height: number;
  /** A small JPEG of the output (redactions and mark included), unless `thumbnailEdge` is 0. */
  thumbnail?: Blob;
  /** What the file was: stored size (before orientation), EXIF orientation (1 without), metadata, type by content. */
  source: { width: number; height: number; orientation: number; hadExif: boolean; hadGps: boolean; type: string };
  /** A HEIC/HEIF was converted to JPEG. */
  converted: boolean;
  /** A HEIC/HEIF is handed back unchanged: it could not be decoded and `heic` is `pass-through`. */
  passedThrough: boolean;
}

/** Why `processImage` or `orientedPreview` failed; the component maps it to a translated message. */
export type ImageProcessErrorCode = 'decode-failed' | 'heic-unsupported' | 'too-many-pixels' | 'aborted';

/** The one error `processImage` and `orientedPreview` reject with. */
export class ImageProcessError extends Error {
  override readonly name = 'ImageProcessError';
  constructor(
    readonly code: ImageProcessErrorCode,
    message: string = code,
  ) {
    super(message);
  }
}

/** The serialisable part of the options, as the worker gets them. */
export type PipelineOptions = Omit<ProcessOptions, 'signal'>;
