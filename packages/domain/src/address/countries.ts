/**
 * Every state and territory but Germany, with German and English names, for the Staat field of
 * an address abroad. About 7 KB (3 KB gzip): import it lazily,
 * `await import('@blaupause/domain/address/countries')` or `loadCountries()`, when the user
 * switches to Ausland.
 *
 * Codes are ISO 3166-1 alpha-2. The Destatis state key, which FIM field F60000000261 expects, is
 * in `destatis` only where the list was built with a Destatis mapping (see
 * `packages/domain/scripts/build-countries.mjs` and docs/address-data.md); today it is not.
 * Names: npm `i18n-iso-countries` (MIT).
 */
import { meta, payload } from '../../data/countries.js';
import { foldName } from './text.js';

/** A state or territory abroad. */
export interface Country {
  /** ISO 3166-1 alpha-2 code, e.g. `FR`. */
  readonly code: string;
  /** German name, e.g. `Frankreich`. */
  readonly de: string;
  /** English name, e.g. `France`. */
  readonly en: string;
  /** Other names in either language, for search (`USA`, `Großbritannien`). */
  readonly aliases: readonly string[];
  /** Destatis state key (3 digits), when the list carries them. */
  readonly destatis?: string;
}

/** Source, licence and kind of codes of the list. */
export const countriesMeta = meta;

/** Every country but Germany, by code. */
export const countries: readonly Country[] = Object.freeze(
  payload.split('\n').map((line) => {
    const [code = '', de = '', en = '', aliases = '', destatis = ''] = line.split('|');
    const country: Country = { code, de, en, aliases: aliases ? aliases.split(';') : [] };
    return Object.freeze(destatis ? { ...country, destatis } : country);
  }),
);

const byCode = new Map(countries.map((c) => [c.code, c]));

/** The country of an ISO alpha-2 code (or Destatis key), case-insensitive. */
export function countryByCode(code: string): Country | undefined {
  const key = code.trim().toUpperCase();
  return byCode.get(key) ?? countries.find((c) => c.destatis !== undefined && c.destatis === key);
}

/** The name of a country in the language (`de` for German, English otherwise). */
export function countryName(code: string, lang = 'de'): string | undefined {
  const country = countryByCode(code);
  if (!country) return undefined;
  return lang.toLowerCase().startsWith('de') ? country.de : country.en;
}

/** The countries sorted by their name in the language, for a select or combobox. */
export function sortedCountries(lang = 'de'): readonly Country[] {
  const german = lang.toLowerCase().startsWith('de');
  const collator = new Intl.Collator(german ? 'de' : 'en');
  return [...countries].sort((a, b) => collator.compare(german ? a.de : a.en, german ? b.de : b.en));
}

/**
 * Finds countries whose German, English or alternative name (or code) starts with the query,
 * then those containing it; case, accents and `ae`/`ä` folded. For a combobox.
 */
export function searchCountries(query: string, lang = 'de'): readonly Country[] {
  const q = foldName(query);
  if (!q) return sortedCountries(lang);
  const starts: Country[] = [];
  const contains: Country[] = [];
  for (const country of sortedCountries(lang)) {
    const names = [country.de, country.en, ...country.aliases].map(foldName);
    if (country.code.toLowerCase() === q || names.some((n) => n.startsWith(q) || n.includes(` ${q}`))) {
      starts.push(country);
    } else if (names.some((n) => n.includes(q))) contains.push(country);
  }
  return [...starts, ...contains];
}
