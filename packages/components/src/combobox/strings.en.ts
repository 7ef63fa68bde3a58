import type { Catalogue } from '../core/localize.js';

/** English messages, loaded when an element is first shown in English (see `CatalogueSource`). */
export const en: Catalogue = {
  'combobox.count': ({ count }) => {
    const n = Number(count);
    if (n === 0) return 'No matches';
    return n === 1 ? '1 suggestion available' : `${n} suggestions available`;
  },
  'combobox.loading': 'Searching …',
  'combobox.no-results': 'No matches',
  'combobox.error': 'Suggestions cannot be loaded at the moment. You can still type your answer.',
  'combobox.error-restricted': 'Suggestions cannot be loaded at the moment. Try again in a few minutes.',
  'combobox.not-in-list': 'Choose an option from the list for “{label}”.',
};
