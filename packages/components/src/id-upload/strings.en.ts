import type { Catalogue } from '../core/localize.js';

/** English texts of `bp-id-upload` (loaded on first use; keys as in strings.ts). */
export const en: Catalogue = {
  'id-upload.label.personalausweis': 'Identity card',
  'id-upload.label.reisepass': 'Passport',
  'id-upload.label.aufenthaltstitel': 'Residence permit',
  'id-upload.label.nachweis': 'Evidence',
  'id-upload.slot.personalausweis.vorderseite': 'Front of the identity card',
  'id-upload.slot.personalausweis.rueckseite': 'Back of the identity card',
  'id-upload.slot.reisepass.datenseite': 'Data page of the passport (the page with your photo)',
  'id-upload.slot.aufenthaltstitel.vorderseite': 'Front of the residence permit',
  'id-upload.slot.aufenthaltstitel.rueckseite': 'Back of the residence permit',
  'id-upload.hint': '{types}, at most {size} per file.',
  'id-upload.hint-files': 'Up to {max} files: {types}, at most {size} per file.',
  'id-upload.pick': 'Choose file',
  'id-upload.camera': 'Take photo',
  'id-upload.drop': 'or drag a file here',
  'id-upload.notice-title': 'Copy of an identity document',
  'id-upload.notice':
    'We may only receive a copy of your identity document with your consent. You can and should black out data we do not need, especially the card access number (CAN) and the serial number.',
  'id-upload.notice-law': 'Legal basis: section 20 (2) of the German Identity Card Act (PAuswG).',
  'id-upload.consent': 'I agree that a copy of my identity document is sent.',
  'validation.upload.consent': 'Confirm that you agree to the copy being sent.',
  'validation.upload.required': 'Select a file.',
  'validation.upload.queued': '“{file}” is not uploaded yet. Select “Upload”.',
  'validation.upload.unavailable':
    'The file could not be read or checked. Select it again. If the problem persists, check your internet connection.',
  'validation.upload.pending': '“{file}” is not ready yet. Wait until it is.',
  'id-upload.upload': 'Upload',
};
