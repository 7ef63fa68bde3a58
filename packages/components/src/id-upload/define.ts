import { IdUpload } from './id-upload.js';

export { IdUpload };
export { TusUploadTransport } from './tus-transport.js';
export { UploadCompleteEvent, UploadErrorEvent } from './events.js';
export type { IdUploadDocument, IdUploadFile, IdUploadStatus } from './id-upload.js';

IdUpload.define('bp-id-upload');

declare global {
  interface HTMLElementTagNameMap {
    'bp-id-upload': IdUpload;
  }
}
