import type { Catalogue, Translations } from '../core/localize.js';

/** Messages of `bp-button`, overridable per instance through `strings`. */
export const de: Catalogue = {
  'button.busy': 'Bitte warten …',
  'button.busy-announcement': '{label}: Bitte warten …',
  'button.new-window': '(öffnet in einem neuen Tab)',
};

export const buttonTranslations: Translations = { de, en: () => import('./strings.en.js').then((m) => m.en) };
