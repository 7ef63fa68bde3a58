import type { Catalogue, Translations } from '../core/localize.js';

/**
 * Messages of `bp-checkbox`, overridable per instance through `strings`. A required checkbox is
 * usually a confirmation; give it a natural sentence per instance, e.g.
 * `{ 'checkbox.required': 'Bestätigen Sie, dass Ihre Angaben richtig sind.' }`.
 */
export const de: Catalogue = {
  'checkbox.required': 'Kreuzen Sie „{label}“ an.',
};

export const checkboxTranslations: Translations = { de, en: () => import('./strings.en.js').then((m) => m.en) };
