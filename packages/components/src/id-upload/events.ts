/**
 * Fired on a `bp-id-upload` when a file passed the checks and joined the list (picked, taken,
 * dropped or pasted); it is being prepared now.
 */
export class FileSelectedEvent extends Event {
  static readonly type = 'bp-file-selected';
  constructor(
    /** The slot, e.g. `vorderseite`. */
    readonly slot: string,
    /** The file's display name. */
    readonly fileName: string,
    /** The type by content (`image/jpeg`, `application/pdf` …). */
    readonly mime: string,
    /** The size as picked, in bytes. */
    readonly size: number,
  ) {
    super(FileSelectedEvent.type, { bubbles: true });
  }
}

/** Fired on a `bp-id-upload` as a file goes out (`http`, `tus`): bytes sent of the processed file. */
export class UploadProgressEvent extends Event {
  static readonly type = 'bp-upload-progress';
  constructor(
    readonly slot: string,
    readonly fileName: string,
    readonly loaded: number,
    readonly total: number,
  ) {
    super(UploadProgressEvent.type, { bubbles: true });
  }
}

/**
 * Fired on a `bp-id-upload` when a file has gone through its transport: uploaded (`http`, `tus`:
 * `id` is the server's file id) or ready to be submitted with the form (`form`: `id` is '').
 */
export class UploadCompleteEvent extends Event {
  static readonly type = 'bp-upload-complete';
  constructor(
    /** The slot, e.g. `vorderseite`. */
    readonly slot: string,
    /** The file's display name. */
    readonly fileName: string,
    /** The server's file id ('' with the `form` transport). */
    readonly id: string,
    /** The type of what was sent (a re-encoded image is `image/jpeg`). */
    readonly mime: string,
    /** The size of what was sent, in bytes. */
    readonly size: number,
    /** SHA-256 of what was sent, lower-case hex, for the server to compare ('' outside secure contexts). */
    readonly sha256: string,
  ) {
    super(UploadCompleteEvent.type, { bubbles: true });
  }
}

/**
 * Fired on a `bp-id-upload` when an upload failed after its retries. The file stays in the list
 * with a "Erneut versuchen" button; nothing is lost.
 */
export class UploadErrorEvent extends Event {
  static readonly type = 'bp-upload-error';
  constructor(
    readonly slot: string,
    readonly fileName: string,
    /** `network`, `server`, `rejected` or `response` (see `UploadError`). */
    readonly code: string,
  ) {
    super(UploadErrorEvent.type, { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bp-file-selected': FileSelectedEvent;
    'bp-upload-progress': UploadProgressEvent;
    'bp-upload-complete': UploadCompleteEvent;
    'bp-upload-error': UploadErrorEvent;
  }
}
