import {
  backoffSchedule,
  parseServerFileId,
  uploadErrorFor,
  UploadError,
  type BackoffOptions,
  type UploadInit,
  type UploadRequest,
  type UploadResult,
  type UploadTransport,
} from './transport.js';

/**
 * The `http` transport: one `multipart/form-data` POST per file through `XMLHttpRequest` (the
 * only browser API that reports upload progress), cancel through the abort signal, retries with
 * backoff on network errors and 5xx/408/425/429 (honouring `Retry-After`). Runs in pages and
 * workers; on a server without `XMLHttpRequest`, pass one.
 */

/** The parts of `XMLHttpRequest` used here (the domain package builds without the DOM library). */
export interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: unknown): void;
  abort(): void;
  getResponseHeader(name: string): string | null;
  withCredentials: boolean;
  readonly status: number;
  readonly responseText: string;
  readonly upload: {
    onprogress: ((event: { loaded: number; total: number; lengthComputable: boolean }) => void) | null;
  };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  ontimeout: (() => void) | null;
  onabort: (() => void) | null;
  timeout: number;
}

/** The parts of `FormData` used here. */
export interface FormDataLike {
  append(name: string, value: unknown, fileName?: string): void;
}

/** Options of {@link HttpUploadTransport}. */
export interface HttpTransportOptions {
  /** Where to POST. */
  readonly endpoint: string;
  /** The multipart field of the file (default `file`). */
  readonly fileField?: string;
  /** Extra form fields (a CSRF token, the case number). `slot` is added when the request has one. */
  readonly fields?: Readonly<Record<string, string>>;
  /** Extra request headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** Send cookies cross-origin (default false). */
  readonly withCredentials?: boolean;
  /** Give up one attempt after this many ms without an answer (default 0: never). */
  readonly timeoutMs?: number;
  /** Retry schedule (default 3 retries: about 1 s, 2 s, 4 s). */
  readonly backoff?: BackoffOptions;
  /** Reads the file id from an answer (default {@link parseServerFileId}). */
  readonly parseResponse?: (body: string, contentType: string | null) => string | null;
  /** The `XMLHttpRequest` and `FormData` to use (default the global ones). */
  readonly XMLHttpRequest?: new () => XhrLike;
  readonly FormData?: new () => FormDataLike;
}

const global = globalThis as unknown as {
  XMLHttpRequest?: new () => XhrLike;
  FormData?: new () => FormDataLike;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
};

/** The signal's reason (an `AbortError` `DOMException`, which is an `Error`). */
const abortReason = (signal: UploadInit['signal']): Error =>
  signal.reason instanceof Error ? signal.reason : new Error(String(signal.reason), { cause: signal.reason });

/** Waits `ms`, or rejects with the signal's reason when it aborts first. */
function wait(ms: number, signal: UploadInit['signal']): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortReason(signal));
    const onAbort = () => {
      global.clearTimeout(timer);
      reject(abortReason(signal));
    };
    const timer = global.setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export class HttpUploadTransport implements UploadTransport {
  readonly kind = 'http';
  readonly #options: HttpTransportOptions;

  constructor(options: HttpTransportOptions) {
    if (!options.endpoint) throw new TypeError('HttpUploadTransport: endpoint is required');
    this.#options = options;
  }

  async upload(request: UploadRequest, init: UploadInit): Promise<UploadResult> {
    const delays = backoffSchedule(this.#options.backoff);
    for (let attempt = 1; ; attempt++) {
      init.signal.throwIfAborted();
      try {
        return await this.#attempt(request, init);
      } catch (error) {
        if (!(error instanceof UploadError) || !error.retryable || attempt > delays.length) throw error;
        const delay = Math.max(delays[attempt - 1], error.retryAfterMs ?? 0);
        init.onRetry?.(attempt + 1, delay, error);
        await wait(delay, init.signal);
      }
    }
  }

  #attempt(request: UploadRequest, init: UploadInit): Promise<UploadResult> {
    const o = this.#options;
    const Xhr = o.XMLHttpRequest ?? global.XMLHttpRequest;
    const Form = o.FormData ?? global.FormData;
    if (!Xhr || !Form)
      throw new TypeError('HttpUploadTransport: no XMLHttpRequest or FormData here; pass them in the options');
    return new Promise<UploadResult>((resolve, reject) => {
      const xhr = new Xhr();
      const form = new Form();
      for (const [name, value] of Object.entries(o.fields ?? {})) form.append(name, value);
      if (request.slot) form.append('slot', request.slot);
      form.append(o.fileField ?? 'file', request.file, request.fileName);
      const onAbort = () => xhr.abort();
      const done = () => init.signal.removeEventListener('abort', onAbort);
      xhr.open('POST', o.endpoint);
      for (const [name, value] of Object.entries(o.headers ?? {})) xhr.setRequestHeader(name, value);
      xhr.withCredentials = o.withCredentials ?? false;
      xhr.timeout = o.timeoutMs ?? 0;
      xhr.upload.onprogress = (e) =>
        init.onProgress?.({ loaded: e.loaded, total: e.lengthComputable ? e.total : request.file.size });
      xhr.onload = () => {
        done();
        if (xhr.status < 200 || xhr.status > 299)
          return reject(uploadErrorFor(xhr.status, xhr.getResponseHeader('Retry-After')));
        const id = (o.parseResponse ?? parseServerFileId)(xhr.responseText, xhr.getResponseHeader('Content-Type'));
        if (id === null)
          return reject(new UploadError('Upload answered without a usable file id', 'response', xhr.status));
        const location = xhr.getResponseHeader('Location');
        resolve(location ? { id, url: location } : { id });
      };
      xhr.onerror = xhr.ontimeout = () => {
        done();
        reject(uploadErrorFor(0));
      };
      xhr.onabort = () => {
        done();
        reject(init.signal.aborted ? abortReason(init.signal) : uploadErrorFor(0));
      };
      init.signal.addEventListener('abort', onAbort, { once: true });
      if (init.signal.aborted) return xhr.abort();
      xhr.send(form);
    });
  }
}
