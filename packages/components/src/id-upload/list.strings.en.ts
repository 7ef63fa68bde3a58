import type { Catalogue } from '../core/localize.js';

/** English texts of the file list of `bp-id-upload` (loaded on first use; keys as in list.strings.ts). */
export const en: Catalogue = {
  'validation.upload.heic': '“{file}” is a HEIC image that cannot be converted here. Select a JPG, PNG or PDF.',
  'id-upload.remove': 'Remove',
  'id-upload.replace': 'Replace',
  'id-upload.retry': 'Try again',
  'id-upload.redact': 'Black out',
  'id-upload.mark': 'KOPIE',
  'id-upload.status.processing': 'Preparing …',
  'id-upload.status.queued': 'Ready to upload',
  'id-upload.status.uploading': 'Uploading: {percent}',
  'id-upload.status.retrying': 'Connection lost, trying again …',
  'id-upload.status.ready': 'Ready',
  'id-upload.status.done': 'Uploaded',
  'id-upload.status.failed': 'Not uploaded',
  'id-upload.note.converted': 'Converted from HEIC to JPG.',
  'id-upload.note.passed-through': 'Kept as HEIC: not scaled down, metadata such as the location stays in the file.',
  'id-upload.note.redacted': 'Blacked out.',
  'id-upload.note.restored': 'Uploaded earlier.',
  'id-upload.pages': ({ count }) => (Number(count) === 1 ? '1 page' : `${count} pages`),
  'id-upload.announce.added': '“{file}” added.',
  'id-upload.announce.removed': '“{file}” removed.',
  'id-upload.announce.progress': '“{file}”: {percent} uploaded.',
  'id-upload.announce.done': 'Upload complete: “{file}”.',
  'id-upload.announce.ready': '“{file}” is ready.',
};
