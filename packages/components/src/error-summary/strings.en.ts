import type { Catalogue } from '../core/localize.js';

/** English messages, loaded when an element is first shown in English (see `CatalogueSource`). */
export const en: Catalogue = {
  'error-summary.heading': 'There is a problem',
  'error-summary.all-fixed': 'All errors are fixed. You can now submit the form.',
  'error-summary.unnamed-field': 'Unlabelled field',
};
