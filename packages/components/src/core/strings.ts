import type { Catalogue, Translations } from './localize.js';

/** Field markers and message prefixes shared by every control (validation texts: validation.strings.ts). */
export const de: Catalogue = {
  'field.required': '(Pflichtfeld)',
  'field.optional': '(optional)',
  'field.error-prefix': 'Fehler:',
  'field.warning-prefix': 'Hinweis:',
  'field.info-prefix': 'Information:',
};

/** Field markers and message prefixes, registered by `BpFormControl` for every control. */
export const fieldTranslations: Translations = { de, en: () => import('./strings.en.js').then((m) => m.en) };
