import type { Catalogue, Translations } from '../core/localize.js';

/** Messages of `bp-error-summary`, overridable per instance through `strings`. */
export const de: Catalogue = {
  'error-summary.heading': 'Es gibt ein Problem',
  'error-summary.all-fixed': 'Alle Fehler sind behoben. Sie können das Formular jetzt absenden.',
  'error-summary.unnamed-field': 'Feld ohne Beschriftung',
};

export const errorSummaryTranslations: Translations = { de, en: () => import('./strings.en.js').then((m) => m.en) };
