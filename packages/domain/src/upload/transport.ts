import type { AbortSignalLike } from '../address/lookup.js';
import type { BlobLike } from './bytes.js';

/**
 * How `bp-id-upload` hands files on: a pluggable {@link UploadTransport}.
 * - `form`: no network; the processed files go into the form's FormData under
 *   {@link formFieldName} (`ausweis[vorderseite]`) through ElementInternals.
 * - `http`: one multipart POST per file to an endpoint, with progress, cancel and retry with
 *   backoff; the server's file id (see {@link parseServerFileId}) becomes the value.
 * - `tus`: resumable uploads (tus 1.0) with `tus-js-client`, loaded lazily; see tus.ts.
 */

/** One file to send. */
export interface UploadRequest {
  /** The processed file (re-encoded image or checked PDF). */
  readonly file: BlobLike;
  /** The sanitised name (`uploadFileName`). */
  readonly fileName: string;
  /** The MIME type by content. */
  readonly mime: string;
  /** The slot, e.g. `vorderseite`; `http` sends it as a form field, `tus` as metadata. */
  readonly slot?: string;
}

/** Bytes sent so far of one file. */
export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

/** What a finished upload gives back: the id the form submits. */
export interface UploadResult {
  readonly id: string;
  /** Where the file now lives (the tus upload URL, or a `Location` header), when known. */
  readonly url?: string;
}

/** Callbacks and cancellation for one upload. */
export interface UploadInit {
  readonly signal: AbortSignalLike & {
    addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
    removeEventListener(type: 'abort', listener: () => void): void;
  };
  /** Called as bytes go out (the component announces at most every 25 %). */
  onProgress?(progress: UploadProgress): void;
  /** Called before each new attempt: attempt 2, 3 …, and the wait before it in ms. */
  onRetry?(attempt: number, delayMs: number, error: UploadError): void;
}

/** A network transport. Rejects with the signal's reason when aborted, else with an {@link UploadError}. */
export interface UploadTransport {
  readonly kind: 'http' | 'tus';
  upload(request: UploadRequest, init: UploadInit): Promise<UploadResult>;
}

/** The `form` transport: nothing to send, only field names. */
export interface FormTransport {
  readonly kind: 'form';
}

/** Any transport a `bp-id-upload` can use. */
export type AnyUploadTransport = UploadTransport | FormTransport;

/**
 * Why an upload failed:
 * - `network`: no answer (connection refused, cut, timed out);
 * - `server`: 5xx, 408, 425 or 429 (worth retrying);
 * - `rejected`: any other 4xx (the server refused the file; retrying will not help);
 * - `response`: 2xx without a usable file id.
 */
export type UploadErrorKind = 'network' | 'server' | 'rejected' | 'response';

/** An upload failed. `retryable` tells the component whether to offer "erneut versuchen" automatically. */
export class UploadError extends Error {
  override readonly name = 'UploadError';
  constructor(
    message: string,
    readonly kind: UploadErrorKind,
    readonly status: number,
    /** Milliseconds the server asked to wait (`Retry-After`), or `null`. */
    readonly retryAfterMs: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  get retryable(): boolean {
    return this.kind === 'network' || this.kind === 'server';
  }
}

/** Statuses worth another attempt: timeouts, rate limits and server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 0 || status === 408 || status === 425 || status === 429 || (status >= 500 && status <= 599);
}

/** The error for an HTTP status (0: network). */
export function uploadErrorFor(status: number, retryAfter: string | null = null): UploadError {
  const retryAfterMs = parseRetryAfter(retryAfter);
  if (status === 0) return new UploadError('Upload failed: no answer from the server', 'network', 0, retryAfterMs);
  return new UploadError(
    `Upload failed: HTTP ${status}`,
    isRetryableStatus(status) ? 'server' : 'rejected',
    status,
    retryAfterMs,
  );
}

/** Options of {@link backoffSchedule}. */
export interface BackoffOptions {
  /** Attempts after the first (default 3). */
  readonly retries?: number;
  /** Wait before the first retry in ms (default 1000). */
  readonly initialMs?: number;
  /** Growth per retry (default 2). */
  readonly factor?: number;
  /** Longest wait in ms (default 30 000). */
  readonly maxMs?: number;
  /** Share of each wait drawn at random, 0–1 (default 0.2: ±10 %), so many clients do not retry in step. */
  readonly jitter?: number;
  /** A random source in [0, 1) (default Math.random). */
  readonly random?: () => number;
}

/**
 * The waits before each retry, in ms: exponential (1 s, 2 s, 4 s by default), capped, with
 * jitter. The same schedule drives the http transport and tus-js-client's `retryDelays`.
 */
export function backoffSchedule(options: BackoffOptions = {}): number[] {
  const { retries = 3, initialMs = 1000, factor = 2, maxMs = 30_000, jitter = 0.2, random = Math.random } = options;
  if (!Number.isInteger(retries) || retries < 0)
    throw new RangeError('backoffSchedule: retries must be a whole number ≥ 0');
  const waits: number[] = [];
  for (let i = 0; i < retries; i++) {
    const base = Math.min(maxMs, initialMs * factor ** i);
    const spread = base * Math.min(1, Math.max(0, jitter));
    waits.push(Math.max(0, Math.round(base - spread / 2 + random() * spread)));
  }
  return waits;
}

/**
 * `Retry-After` as ms: delta seconds (`120`) or an HTTP date; `null` when absent or unreadable.
 * Capped at 10 minutes.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | null {
  if (!value) return null;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Math.min(600_000, Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.min(600_000, Math.max(0, at - now));
}

/** Longest file id accepted from a server. */
export const FILE_ID_MAX = 200;
const FILE_ID = /^[A-Za-z0-9][A-Za-z0-9._~:-]*$/;

/** Whether a server's id can be stored and submitted as is (letters, digits, `. _ ~ : -`, ≤ 200). */
export function isFileId(id: unknown): id is string {
  return typeof id === 'string' && id.length <= FILE_ID_MAX && FILE_ID.test(id);
}

/**
 * The file id in a server's answer to the `http` transport. The contract (docs/components/id-upload.md):
 * status 200 or 201 with `Content-Type: application/json` and a body `{"id": "<file id>"}`; other
 * members are ignored. Returns `null` for anything else, so the transport reports `response`.
 */
export function parseServerFileId(body: string, contentType: string | null): string | null {
  if (!contentType || !/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim())) return null;
  try {
    const data: unknown = JSON.parse(body);
    const id = data && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
    return isFileId(id) ? id : null;
  } catch {
    return null;
  }
}

/** The field name of a slot in the form's FormData: `ausweis` + `vorderseite` → `ausweis[vorderseite]`. */
export function formFieldName(name: string, slot?: string): string {
  return slot ? `${name}[${slot}]` : name;
}
