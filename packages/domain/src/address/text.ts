/**
 * Text normalisation shared by every address rule.
 *
 * XÖV exchanges text NFC-normalised (String.Latin+ / DIN 91379), so every value Blaupause hands
 * on is NFC. Whitespace is folded to single U+0020 spaces: DIN 91379 data type B allows no
 * no-break space, tab or line break, and an invisible character in an error message only
 * confuses.
 */

// Every Unicode space separator plus tab, line breaks and the byte-order mark.
const SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu;

/** NFC, whitespace runs folded to one space, trimmed. Never throws. */
export function normaliseText(value: string): string {
  // Most parts of most addresses are empty; they skip the Unicode work.
  if (value === '') return '';
  return value.normalize('NFC').replace(SPACES, ' ').trim();
}

/** True when the value holds nothing but whitespace. */
export function isBlank(value: string | undefined | null): boolean {
  return value == null || normaliseText(value) === '';
}

/**
 * Folds a name for comparison and search: German lower case, diacritics removed, `ß` → `ss`,
 * `ä`/`ö`/`ü` and their transliterations `ae`/`oe`/`ue` → `a`/`o`/`u`, `str.` → `strasse`,
 * hyphens and dots as spaces. Both sides of a comparison must be folded.
 */
export function foldName(value: string): string {
  return (
    normaliseText(value)
      .toLocaleLowerCase('de')
      .replace(/ß/g, 'ss')
      .replace(/(?<=\p{L})ae|ä/gu, 'a')
      .replace(/(?<=\p{L})oe|ö/gu, 'o')
      .replace(/(?<=\p{L})(?<!q)ue|ü/gu, 'u')
      // "Hauptstr." and "Hauptstr" are "Hauptstraße"
      .replace(/str(?:\.|(?=\s|-|$))/g, 'strasse')
      .replace(/(?<![\p{L}])sankt(?![\p{L}])/gu, 'st')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[-‐‑–—.,/()']/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * Writes out the abbreviation `Str.`/`str.` as `Straße`/`straße` (FIM: "Straße ohne Abkürzungen").
 * OpenPLZ shortens every "strasse" to "str."; people type "Hauptstr. 5".
 */
export function expandStreetAbbreviation(name: string): string {
  return name.replace(/(^|[\s\p{L}-])([Ss])tr\.(?=\s|-|$)/gu, (_m, before: string, s: string) => `${before}${s}traße`);
}
