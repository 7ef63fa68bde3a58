/**
 * Browser-test helpers for the local upload servers (test/servers/upload.mjs), which the test
 * runner starts on 127.0.0.1 for every run (test/plugins/upload.mjs): a multipart endpoint
 * (`POST <base>/files`, answering 201 `{"id", …}`) and a real tus 1.0 server (`<base>/tus`).
 * Both are cross-origin to the test page. Every test session (one test file in one browser) has
 * its own request log, files and scenarios.
 *
 * ```ts
 * await resetUploads();
 * await failNextUploads({ count: 2, status: 503 });
 * const transport = new HttpUploadTransport({ endpoint: await multipartEndpoint() });
 * const log = await uploadRequests();
 * ```
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** One request the servers received. */
export interface UploadServerRequest {
  readonly id: number;
  readonly protocol: 'multipart' | 'tus';
  readonly method: string;
  /** The path after the session segment, e.g. `/files`, `/tus/<uploadId>`. */
  readonly path: string;
  readonly status: number | null;
  /**
   * - `pending`: still open; `answered`: the whole answer went out;
   * - `aborted`: the client went away first (a cancelled upload);
   * - `cut`: the server cut the connection (a `network` failure or `cutTusAfter`).
   */
  readonly outcome: 'pending' | 'answered' | 'aborted' | 'cut';
  readonly receivedAt: number;
  readonly endedAt: number | null;
  /** Multipart: body bytes received. */
  readonly received: number;
  /** Multipart: the stored file(s). */
  readonly files: readonly { field: string; name: string; mime: string; size: number; sha256: string; id: string }[];
  /** Multipart: the plain form fields. */
  readonly fields: Readonly<Record<string, string>>;
  /** tus: the upload id in the path. */
  readonly uploadId?: string;
  /** tus: the request's Upload-Offset header (`null` when absent). */
  readonly uploadOffset: number | null;
  /** The request's Content-Length header (`null` when absent). */
  readonly contentLength: number | null;
  /** tus PATCH: bytes of this request the store kept. */
  readonly stored: number;
  /** Whether the server cut this request's connection. */
  readonly cut: boolean;
}

/** A stored multipart file. */
export interface StoredUpload {
  readonly id: string;
  readonly name: string;
  readonly mime: string;
  readonly size: number;
  readonly sha256: string;
  readonly slot: string | null;
}

let base: Promise<string> | undefined;

/** `http://127.0.0.1:<port>/session/<id>`: this session's base URL (no trailing slash). */
export function uploadBaseUrl(): Promise<string> {
  base ??= executeServerCommand<string, undefined>('bp-upload-base');
  return base;
}

/** The multipart endpoint of the `http` transport. */
export const multipartEndpoint = async (): Promise<string> => `${await uploadBaseUrl()}/files`;

/** The tus creation endpoint. */
export const tusEndpoint = async (): Promise<string> => `${await uploadBaseUrl()}/tus`;

/** This session's request log, oldest first (CORS preflights included). */
export function uploadRequests(): Promise<UploadServerRequest[]> {
  return executeServerCommand<UploadServerRequest[], undefined>('bp-upload-requests');
}

/** A file the multipart endpoint stored, by the id it answered; `null` if there is none. */
export function storedUpload(id: string): Promise<StoredUpload | null> {
  return executeServerCommand<StoredUpload | null, { id: string }>('bp-upload-file', { id });
}

/** Forgets this session's log, files and scenarios (call it in `beforeEach`). */
export async function resetUploads(): Promise<void> {
  await executeServerCommand<boolean, undefined>('bp-upload-reset');
}

/**
 * The next `count` multipart POSTs read the whole body, then answer `status` (default 500) with
 * `Retry-After: retryAfter` when given, or with `status: 'network'` close the connection.
 */
export async function failNextUploads(
  options: { count?: number; status?: number | 'network'; retryAfter?: number } = {},
): Promise<void> {
  await executeServerCommand('bp-upload-fail-next', options);
}

/** Multipart bodies are read at most `bytesPerSecond` fast (0: no limit). */
export async function throttleUploads(bytesPerSecond: number): Promise<void> {
  await executeServerCommand('bp-upload-throttle', { bytesPerSecond });
}

/** The next multipart POST reads its body and is never answered. */
export async function hangNextUpload(): Promise<void> {
  await executeServerCommand('bp-upload-hang');
}

/** The next tus PATCH has its connection cut once the store has kept `bytes` bytes of it. */
export async function cutNextTusPatchAfter(bytes: number): Promise<void> {
  await executeServerCommand('bp-upload-cut-tus-after', { bytes });
}

/** Polls this session's log until `check` holds; fails after `timeout` ms naming `what`. */
export async function waitForUploadRequests(
  check: (log: UploadServerRequest[]) => boolean,
  what: string,
  timeout = 5000,
): Promise<UploadServerRequest[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const log = await uploadRequests();
    if (check(log)) return log;
    if (Date.now() > until) {
      const seen = log.map((r) => `${r.method} ${r.path} → ${r.status} ${r.outcome}`).join('\n  ') || '(none)';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}; upload requests:\n  ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** SHA-256 of bytes as lower-case hex (what the multipart endpoint reports). */
export async function sha256Hex(data: Blob | Uint8Array): Promise<string> {
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data;
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
