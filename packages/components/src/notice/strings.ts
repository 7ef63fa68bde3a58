import type { Catalogue, Translations } from '../core/localize.js';

/** Messages of `bp-notice`, overridable per instance through `strings`. */
export const de: Catalogue = {
  'notice.prefix.info': 'Information:',
  'notice.prefix.success': 'Erfolg:',
  'notice.prefix.warning': 'Warnung:',
  'notice.prefix.error': 'Fehler:',
  'notice.dismiss': 'Hinweis schließen',
};

export const noticeTranslations: Translations = { de, en: () => import('./strings.en.js').then((m) => m.en) };
