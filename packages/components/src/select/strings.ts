import type { Catalogue, Translations } from '../core/localize.js';

/** Messages of `bp-select`, overridable per instance through `strings`. `{label}` is the select's label. */
export const de: Catalogue = {
  'select.placeholder': 'Bitte auswählen',
  'select.required': 'Wählen Sie „{label}“ aus.',
};

export const selectTranslations: Translations = { de, en: () => import('./strings.en.js').then((m) => m.en) };
