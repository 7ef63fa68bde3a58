import type { Catalogue, Localize, MessageParams, Translations } from './localize.js';

/** A count formatted for the language ("1.000" in German), or the raw value if it is not a number. */
const n = (value: MessageParams[string] | undefined, l: Localize): string =>
  typeof value === 'number' ? l.number(value) : String(value);

/**
 * Messages of the shared character and word count (`CharacterCountController`), used by
 * `bp-text-field` and `bp-textarea` and overridable per instance through `strings`.
 * `{count}` is the remaining or excess number, `{max}` the limit; `{label}` the field's label.
 */
export const de: Catalogue = {
  'character-count.characters.description': ({ max }, l) => `Sie können bis zu ${n(max, l)} Zeichen eingeben.`,
  'character-count.characters.remaining': ({ count }, l) =>
    Number(count) === 1 ? 'Noch 1 Zeichen möglich' : `Noch ${n(count, l)} Zeichen möglich`,
  'character-count.characters.over': ({ count }, l) => `${n(count, l)} Zeichen zu viel`,
  'character-count.words.description': ({ max }, l) =>
    Number(max) === 1 ? 'Sie können bis zu 1 Wort eingeben.' : `Sie können bis zu ${n(max, l)} Wörter eingeben.`,
  'character-count.words.remaining': ({ count }, l) =>
    Number(count) === 1 ? 'Noch 1 Wort möglich' : `Noch ${n(count, l)} Wörter möglich`,
  'character-count.words.over': ({ count }, l) =>
    Number(count) === 1 ? '1 Wort zu viel' : `${n(count, l)} Wörter zu viel`,
  'validation.maxWords': ({ label, max }, l) =>
    Number(max) === 1
      ? `„${label}“ darf höchstens 1 Wort enthalten.`
      : `„${label}“ darf höchstens ${n(max, l)} Wörter enthalten.`,
};

/** Registered by every class that uses the character count (in its `static translations`). */
export const characterCountTranslations: Translations = {
  de,
  en: () => import('./character-count.strings.en.js').then((m) => m.en),
};
