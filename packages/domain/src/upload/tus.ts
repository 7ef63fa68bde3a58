import { backoffSchedule, isFileId, type BackoffOptions, type UploadRequest } from './transport.js';

/**
 * The DOM-free half of the `tus` transport: the options handed to `tus-js-client` (loaded lazily
 * by the component) and the file id in an upload URL. What matters on a shared computer
 * (DOMAIN.md §2): tus-js-client keeps upload URLs in localStorage by default and never removes
 * them; here they are kept only while an upload is unfinished (so it can resume after a reload)
 * and removed on success. The metadata carries the type and the slot, never the file name or
 * anything personal, unless a portal asks for the name.
 */

/** Options of {@link tusUploadOptions}. */
export interface TusTransportOptions {
  /** The tus server's creation endpoint. */
  readonly endpoint: string;
  /** Bytes per PATCH request (default: the whole rest of the file in one request). */
  readonly chunkSize?: number;
  /** Retry schedule (default 3 retries: about 1 s, 2 s, 4 s). */
  readonly backoff?: BackoffOptions;
  /** Send the sanitised file name as `filename` metadata (default false). */
  readonly sendFileName?: boolean;
  /** Extra request headers (an authorisation token). */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The options this library gives `new tus.Upload(file, options)` (a subset of tus-js-client's). */
export interface TusClientOptions {
  readonly endpoint: string;
  readonly retryDelays: number[];
  readonly metadata: Record<string, string>;
  readonly storeFingerprintForResuming: true;
  readonly removeFingerprintOnSuccess: true;
  readonly chunkSize?: number;
  readonly headers?: Record<string, string>;
}

/** tus-js-client options for one file: resumable, no upload URL left behind, no personal metadata. */
export function tusUploadOptions(options: TusTransportOptions, request: UploadRequest): TusClientOptions {
  const metadata: Record<string, string> = { filetype: request.mime };
  if (request.slot) metadata.slot = request.slot;
  if (options.sendFileName) metadata.filename = request.fileName;
  return {
    endpoint: options.endpoint,
    // tus-js-client retries after each delay in turn; 0 first retries at once (a cut connection
    // on a phone is usually back by then), then the shared schedule.
    retryDelays: [0, ...backoffSchedule(options.backoff)],
    metadata,
    storeFingerprintForResuming: true,
    removeFingerprintOnSuccess: true,
    ...(options.chunkSize ? { chunkSize: options.chunkSize } : {}),
    ...(options.headers ? { headers: { ...options.headers } } : {}),
  };
}

/** The file id of a tus upload: the last path segment of its URL (`…/files/24e533e0` → `24e533e0`). */
export function tusFileId(uploadUrl: string): string | null {
  const path = uploadUrl.split(/[?#]/)[0].replace(/\/+$/, '');
  const last = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  return isFileId(last) ? last : null;
}
