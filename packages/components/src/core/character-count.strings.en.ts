import type { Catalogue, Localize, MessageParams } from './localize.js';

const n = (value: MessageParams[string] | undefined, l: Localize): string =>
  typeof value === 'number' ? l.number(value) : String(value);

/** English messages, loaded when an element is first shown in English (see `CatalogueSource`). */
export const en: Catalogue = {
  'character-count.characters.description': ({ max }, l) =>
    Number(max) === 1 ? 'You can enter up to 1 character.' : `You can enter up to ${n(max, l)} characters.`,
  'character-count.characters.remaining': ({ count }, l) =>
    Number(count) === 1 ? 'You have 1 character remaining' : `You have ${n(count, l)} characters remaining`,
  'character-count.characters.over': ({ count }, l) =>
    Number(count) === 1 ? 'You have 1 character too many' : `You have ${n(count, l)} characters too many`,
  'character-count.words.description': ({ max }, l) =>
    Number(max) === 1 ? 'You can enter up to 1 word.' : `You can enter up to ${n(max, l)} words.`,
  'character-count.words.remaining': ({ count }, l) =>
    Number(count) === 1 ? 'You have 1 word remaining' : `You have ${n(count, l)} words remaining`,
  'character-count.words.over': ({ count }, l) =>
    Number(count) === 1 ? 'You have 1 word too many' : `You have ${n(count, l)} words too many`,
  'validation.maxWords': ({ label, max }, l) =>
    `“${label}” must be ${n(max, l)} ${Number(max) === 1 ? 'word' : 'words'} or fewer.`,
};
