import type { Catalogue } from './localize.js';

/** English messages, loaded when an element is first shown in English (see `CatalogueSource`). */
export const en: Catalogue = {
  'field.required': '(required)',
  'field.optional': '(optional)',
  'field.error-prefix': 'Error:',
  'field.warning-prefix': 'Warning:',
  'field.info-prefix': 'Information:',
};
