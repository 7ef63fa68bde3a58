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
    'bp-upload-complete': UploadCompleteEvent;
    'bp-upload-error': UploadErrorEvent;
  }
}
