import { IdUpload } from './id-upload.js';

export { IdUpload };
export { TusUploadTransport } from './tus-transport.js';
export { FileSelectedEvent, UploadCompleteEvent, UploadErrorEvent, UploadProgressEvent } from './events.js';
export type { IdUploadDocument, IdUploadFile, IdUploadStatus, IdUploadStoredFile } from './id-upload.js';

IdUpload.define('bp-id-upload');

declare global {
  interface HTMLElementTagNameMap {
    'bp-id-upload': IdUpload;
  }
}
