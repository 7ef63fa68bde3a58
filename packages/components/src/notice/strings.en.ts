import type { Catalogue } from '../core/localize.js';

/** English messages, loaded when an element is first shown in English (see `CatalogueSource`). */
export const en: Catalogue = {
  'notice.prefix.info': 'Information:',
  'notice.prefix.success': 'Success:',
  'notice.prefix.warning': 'Warning:',
  'notice.prefix.error': 'Error:',
  'notice.dismiss': 'Dismiss notice',
};
