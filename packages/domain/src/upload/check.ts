import type { ValidationFinding, ValidityFlag } from '../validation.js';
import { readHead, toBytes, type BytesInput, type FileLike } from './bytes.js';
import { kindsParam } from './format.js';
import { jpegHasEnd, jpegSegments, pngHasEnd, readImageHeader, type ImageHeader } from './image.js';
import { displayFileName, fileExtension, uploadFileName } from './names.js';
import { inspectPdf, type PdfFacts } from './pdf.js';
import {
  ACCEPTED_KINDS,
  isAcceptedKind,
  KIND_EXTENSIONS,
  KIND_MIME,
  sniffFileType,
  type AcceptedKind,
  type FileKind,
} from './sniff.js';

/**
 * The checks every picked, dropped or pasted file goes through before anything else happens to
 * it, in this order: empty, too large (by the size alone, nothing read), type by content, name
 * against content, then per type: image pixel count from the header, a complete image; PDF
 * encryption, active content, a complete file. The first failure is the finding.
 */

/** 10 MB (binary: 10 × 1024 × 1024 bytes). [guess: DOMAIN.md §7B-2] */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
/** 50 megapixels. [guess: DOMAIN.md §7B-3; Pillow warns from 89.5 MP, sharp refuses from 268 MP] */
export const DEFAULT_MAX_PIXELS = 50_000_000;

/** Rules for one upload control. */
export interface UploadRules {
  /** Kinds taken (default all: JPEG, PNG, HEIC, HEIF, PDF). */
  readonly accept?: readonly AcceptedKind[];
  /** Largest file in bytes (default {@link DEFAULT_MAX_BYTES}). */
  readonly maxBytes?: number;
  /** Most pixels of an image, width × height (default {@link DEFAULT_MAX_PIXELS}). */
  readonly maxPixels?: number;
  /** Most files at once (default 1). */
  readonly maxFiles?: number;
  /**
   * Take PDFs with active content, and PDFs whose compressed object streams could not be read to
   * look for it (default false: both refused).
   */
  readonly allowActivePdf?: boolean;
}

/** The finding names (message keys `validation.<name>`). */
export type UploadFindingName =
  | 'upload.required'
  | 'upload.empty'
  | 'upload.tooLarge'
  | 'upload.type'
  | 'upload.damaged'
  | 'upload.tooManyPixels'
  | 'upload.passwordProtected'
  | 'upload.activeContent'
  | 'upload.uninspectable'
  | 'upload.virus'
  | 'upload.failed'
  | 'upload.tooManyFiles';

/** A refusal, shaped as every Blaupause validation finding. */
export interface UploadFinding extends ValidationFinding {
  readonly name: UploadFindingName;
}

/** What {@link checkFile} learns about a file. */
export interface FileCheck {
  /** The finding that refuses the file; `null` when it is taken. */
  readonly finding: UploadFinding | null;
  /** The kind by content (`empty` for no bytes; `unknown` when it was not read: too large). */
  readonly kind: FileKind;
  /** The MIME type to send (by content), `null` unless the kind is accepted. */
  readonly mime: string | null;
  readonly size: number;
  /** The name to send (see `uploadFileName`). */
  readonly uploadName: string;
  /** The name to show, as text (see `displayFileName`). */
  readonly displayName: string;
  /** Images: the header's facts. */
  readonly image?: ImageHeader;
  /** PDFs: what the scan found. */
  readonly pdf?: PdfFacts;
}

const FLAGS: Record<UploadFindingName, ValidityFlag> = {
  'upload.required': 'valueMissing',
  'upload.empty': 'badInput',
  'upload.tooLarge': 'rangeOverflow',
  'upload.type': 'typeMismatch',
  'upload.damaged': 'badInput',
  'upload.tooManyPixels': 'rangeOverflow',
  'upload.passwordProtected': 'badInput',
  'upload.activeContent': 'badInput',
  'upload.uninspectable': 'badInput',
  'upload.virus': 'badInput',
  'upload.failed': 'customError',
  'upload.tooManyFiles': 'rangeOverflow',
};

/** A finding with its validity flag; `params` as the messages interpolate them. */
export function uploadFinding(name: UploadFindingName, params: Record<string, string | number> = {}): UploadFinding {
  return { name, type: 'error', flag: FLAGS[name], params };
}

const EVERY_KNOWN_EXTENSION = new Set([
  ...Object.values(KIND_EXTENSIONS).flat(),
  ...'exe com bat cmd scr msi dll js mjs vbs ps1 sh jar apk app zip rar 7z gz tgz tar html htm xhtml svg xml doc docx docm xls xlsx xlsm ppt pptx odt ods gif webp avif tif tiff bmp'.split(
    ' ',
  ),
]);

/** The first finding for a file whose bytes are all here. */
async function checkBytes(
  name: string,
  bytes: Uint8Array,
  rules: UploadRules,
): Promise<Omit<FileCheck, 'uploadName' | 'displayName' | 'size'> & { uploadExtension?: string }> {
  const accept = rules.accept ?? ACCEPTED_KINDS;
  const file = displayFileName(name);
  const kind = sniffFileType(bytes);
  const refuse = (finding: UploadFindingName, params: Record<string, string | number> = {}) => ({
    finding: uploadFinding(finding, { file, ...params }),
    kind,
    mime: isAcceptedKind(kind) ? KIND_MIME[kind] : null,
  });
  if (kind === 'empty') return refuse('upload.empty');
  const types = kindsParam(accept);
  if (!isAcceptedKind(kind) || !accept.includes(kind)) return refuse('upload.type', { types });
  // A known extension that names another type: a renamed file, refused as the wrong type.
  const extension = fileExtension(name);
  if (extension && EVERY_KNOWN_EXTENSION.has(extension) && !KIND_EXTENSIONS[kind].includes(extension)) {
    return refuse('upload.type', { types });
  }
  const mime = KIND_MIME[kind];
  const uploadExtension = KIND_EXTENSIONS[kind][0];
  if (kind === 'pdf') {
    const pdf = await inspectPdf(bytes);
    const result = { kind, mime, pdf, uploadExtension };
    if (pdf.encrypted) return { ...result, finding: uploadFinding('upload.passwordProtected', { file }) };
    if (pdf.activeContent.length && !rules.allowActivePdf) {
      return {
        ...result,
        finding: uploadFinding('upload.activeContent', { file, names: pdf.activeContent.join(',') }),
      };
    }
    // Object streams we could not read (a filter other than Flate, predictors, encryption) may
    // hide the catalogue's /OpenAction: what cannot be checked is not taken.
    if (pdf.unreadObjectStreams && !rules.allowActivePdf) {
      return { ...result, finding: uploadFinding('upload.uninspectable', { file }) };
    }
    if (!pdf.complete) return { ...result, finding: uploadFinding('upload.damaged', { file }) };
    return { ...result, finding: null };
  }
  const read = readImageHeader(kind, bytes);
  if (read.status !== 'ok') return refuse('upload.damaged');
  const image = read.header;
  const result = { kind, mime, image, uploadExtension };
  const maxPixels = rules.maxPixels ?? DEFAULT_MAX_PIXELS;
  const pixels = image.width * image.height;
  if (pixels > maxPixels) {
    const params = { file, max: maxPixels, pixels, width: image.width, height: image.height };
    return { ...result, finding: uploadFinding('upload.tooManyPixels', params) };
  }
  if (kind === 'jpeg') {
    const segments = jpegSegments(bytes);
    const sos = Array.isArray(segments) ? segments[segments.length - 1] : null;
    if (!sos || !jpegHasEnd(bytes, sos.offset + sos.length)) {
      return { ...result, finding: uploadFinding('upload.damaged', { file }) };
    }
  }
  if (kind === 'png' && !pngHasEnd(bytes)) return { ...result, finding: uploadFinding('upload.damaged', { file }) };
  return { ...result, finding: null };
}

/**
 * Checks a whole file given as bytes (in a worker, on a server). Never throws for any bytes.
 */
export async function checkFileBytes(name: string, input: BytesInput, rules: UploadRules = {}): Promise<FileCheck> {
  const bytes = toBytes(input);
  const size = bytes.byteLength;
  const early = sizeFinding(name, size, rules);
  if (early) return early;
  const { uploadExtension, ...result } = await checkBytes(name, bytes, rules);
  return {
    ...result,
    size,
    uploadName: uploadFileName(name, uploadExtension ? { extension: uploadExtension } : {}),
    displayName: displayFileName(name),
  };
}

function sizeFinding(name: string, size: number, rules: UploadRules): FileCheck | null {
  const maxBytes = rules.maxBytes ?? DEFAULT_MAX_BYTES;
  const file = displayFileName(name);
  const finding =
    size === 0
      ? uploadFinding('upload.empty', { file })
      : size > maxBytes
        ? uploadFinding('upload.tooLarge', { file, max: maxBytes, size })
        : null;
  if (!finding) return null;
  return {
    finding,
    kind: size === 0 ? 'empty' : 'unknown',
    mime: null,
    size,
    uploadName: uploadFileName(name),
    displayName: file,
  };
}

/**
 * Checks a picked, dropped or pasted `File`: an empty or too large file is refused by its size,
 * without reading it; otherwise the whole file is read (at most `maxBytes`) and checked as
 * {@link checkFileBytes}. Never throws for any content (only if the file cannot be read at all).
 */
export async function checkFile(file: FileLike, rules: UploadRules = {}): Promise<FileCheck> {
  const early = sizeFinding(file.name, file.size, rules);
  if (early) return early;
  return checkFileBytes(file.name, await readHead(file, file.size), rules);
}

/**
 * Too many files: `already` files are in the list, `adding` more were picked. Returns the finding
 * (with `{max}`) or `null`. A selection that would exceed the limit is refused as a whole, as
 * GOV.UK's "You can only select up to 10 files at the same time".
 */
export function checkFileCount(already: number, adding: number, rules: UploadRules = {}): UploadFinding | null {
  const max = rules.maxFiles ?? 1;
  return already + adding > max ? uploadFinding('upload.tooManyFiles', { max }) : null;
}

/** No file at all where one is required: `upload.required`. */
export function checkRequired(count: number): UploadFinding | null {
  return count === 0 ? uploadFinding('upload.required') : null;
}
