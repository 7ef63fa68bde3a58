import type { Catalogue, Translations } from '../core/localize.js';

/** Messages of `bp-text-field`, overridable per instance through `strings`. */
export const de: Catalogue = {
  'text-field.count.description': 'Sie können bis zu {max} Zeichen eingeben.',
  'text-field.count.remaining': ({ count }) =>
    Number(count) === 1 ? 'Noch 1 Zeichen möglich' : `Noch ${count} Zeichen möglich`,
  'text-field.count.over': ({ count }) => `${count} Zeichen zu viel`,
};

export const en: Catalogue = {
  'text-field.count.description': 'You can enter up to {max} characters.',
  'text-field.count.remaining': ({ count }) =>
    Number(count) === 1 ? 'You have 1 character remaining' : `You have ${count} characters remaining`,
  'text-field.count.over': ({ count }) =>
    Number(count) === 1 ? 'You have 1 character too many' : `You have ${count} characters too many`,
};

export const textFieldTranslations: Translations = { de, en };
