import type { Catalogue, Translations } from '../core/localize.js';

/**
 * Messages of `bp-radio-group`, overridable per instance through `strings`. GOV.UK's pattern is
 * "Select if …" / "Select …"; a natural sentence per instance reads best, e.g.
 * `{ 'radio-group.required': 'Wählen Sie aus, wie Sie die Unterlagen erhalten möchten.' }`.
 */
export const de: Catalogue = {
  'radio-group.required': 'Wählen Sie eine Antwort zu „{label}“ aus.',
};

export const radioGroupTranslations: Translations = { de, en: () => import('./strings.en.js').then((m) => m.en) };
