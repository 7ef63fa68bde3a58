import type { Catalogue, Translations } from '../core/localize.js';

/**
 * Messages of `bp-textarea`, overridable per instance through `strings`. The field uses the
 * shared field and validation messages (`core/strings.ts`) and the character count's
 * (`core/character-count.strings.ts`); it has no words of its own yet.
 */
export const de: Catalogue = {};

export const en: Catalogue = {};

export const textareaTranslations: Translations = { de, en };
