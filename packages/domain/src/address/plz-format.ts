/**
 * German postcodes (Postleitzahlen): five digits since 1 July 1993, 01067–99998, stored as a
 * string because 622 of them start with 0.
 */

// "D-86150", "D 86150", "DE-86150", "D86150" (country prefixes from before 1993 and from abroad).
const COUNTRY_PREFIX = /^d(?:e)?\s*-?\s*(?=\d)/i;

/**
 * The PLZ as five digits when the input is one written with spaces or a country prefix
 * (`86 150`, ` 86150 `, `D-86150`, `DE 86150`); otherwise the input trimmed, unchanged, so
 * nothing the user typed is lost and the format check can report it. Never throws.
 */
export function normalisePlz(input: string): string {
  const trimmed = input.normalize('NFC').trim();
  const compact = trimmed.replace(COUNTRY_PREFIX, '').replace(/[\s\u00a0\u202f]/g, '');
  return /^\d{5}$/.test(compact) ? compact : trimmed;
}

/** True when the input is a well-formed PLZ after {@link normalisePlz}. */
export function isPlz(input: string): boolean {
  return /^\d{5}$/.test(normalisePlz(input));
}
