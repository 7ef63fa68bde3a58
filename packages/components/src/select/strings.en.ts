import type { Catalogue } from '../core/localize.js';

/** English messages, loaded when an element is first shown in English (see `CatalogueSource`). */
export const en: Catalogue = {
  'select.placeholder': 'Select an option',
  'select.required': 'Select “{label}”.',
};
