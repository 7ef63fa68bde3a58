import type {
  TusTransportOptions,
  UploadInit,
  UploadRequest,
  UploadResult,
  UploadTransport,
} from '@blaupause/domain/upload';

/**
 * The `tus` transport of `bp-id-upload`: resumable uploads (tus 1.0) with `tus-js-client`, which
 * loads only when the first file goes out. The options come from `tusUploadOptions` in
 * `@blaupause/domain/upload`: retries with the shared backoff, the upload URL kept in localStorage
 * only while the upload is unfinished (so a reload resumes it) and removed on success, no file name
 * or other personal data in the metadata unless `sendFileName` is set.
 *
 * ```js
 * upload.transport = new TusUploadTransport({ endpoint: '/api/tus' });
 * ```
 */
export class TusUploadTransport implements UploadTransport {
  readonly kind = 'tus';
  readonly #options: TusTransportOptions;

  constructor(options: TusTransportOptions) {
    if (!options.endpoint) throw new TypeError('TusUploadTransport: endpoint is required');
    this.#options = options;
  }

  async upload(request: UploadRequest, init: UploadInit): Promise<UploadResult> {
    // tus-js-client and the domain's tus rules load with the first upload, not with the page.
    const [{ Upload }, { tusFileId, tusUploadOptions, uploadErrorFor, UploadError }] = await Promise.all([
      import('tus-js-client'),
      import('@blaupause/domain/upload'),
    ]);
    init.signal.throwIfAborted();
    const options = tusUploadOptions(this.#options, request);
    return new Promise<UploadResult>((resolve, reject) => {
      const upload = new Upload(request.file as Blob, {
        ...options,
        onProgress: (loaded, total) => init.onProgress?.({ loaded, total }),
        onError: (error) => {
          init.signal.removeEventListener('abort', onAbort);
          const status = 'originalResponse' in error ? (error.originalResponse?.getStatus() ?? 0) : 0;
          reject(uploadErrorFor(status));
        },
        onSuccess: () => {
          init.signal.removeEventListener('abort', onAbort);
          const url = upload.url ?? '';
          const id = tusFileId(url);
          if (id) resolve({ id, url });
          else reject(new UploadError('tus upload ended without a usable file id', 'response', 0));
        },
      });
      // Removing a file mid-upload ends the upload on the server too (DELETE, where it supports it).
      const onAbort = () => {
        void upload.abort(true).catch(() => undefined);
        reject(init.signal.reason instanceof Error ? init.signal.reason : new DOMException('Aborted', 'AbortError'));
      };
      init.signal.addEventListener('abort', onAbort, { once: true });
      // An upload of the same file cut off before (a reload, a lost connection) goes on where it stopped.
      void upload.findPreviousUploads().then(
        (previous) => {
          if (init.signal.aborted) return;
          if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
          upload.start();
        },
        () => upload.start(),
      );
    });
  }
}
