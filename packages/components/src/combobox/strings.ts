import type { Catalogue, Translations } from '../core/localize.js';

/** Messages of `bp-combobox`, overridable per instance through `strings`. */
export const de: Catalogue = {
  'combobox.count': ({ count }) => {
    const n = Number(count);
    if (n === 0) return 'Keine Treffer';
    return n === 1 ? '1 Vorschlag verfügbar' : `${n} Vorschläge verfügbar`;
  },
  'combobox.loading': 'Suche läuft …',
  'combobox.no-results': 'Keine Treffer',
  'combobox.error': 'Vorschläge können gerade nicht geladen werden. Sie können Ihre Angabe trotzdem eintippen.',
  'combobox.error-restricted':
    'Vorschläge können gerade nicht geladen werden. Versuchen Sie es in einigen Minuten noch einmal.',
  'combobox.not-in-list': 'Wählen Sie für „{label}“ einen Eintrag aus der Liste aus.',
};

export const comboboxTranslations: Translations = { de, en: () => import('./strings.en.js').then((m) => m.en) };
