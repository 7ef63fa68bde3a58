import { normaliseAnschrift, hausnummerText, type Anschrift } from './types.js';

/** Options of {@link formatAnschrift}. */
export interface FormatOptions {
  /**
   * The German name of the state abroad (from the country list: `countryName(code, 'de')`).
   * Without it the code stands in its place.
   */
  readonly staatName?: string;
}

/**
 * The address as the lines of a DIN 5008 address block, for a readonly summary ("check your
 * answers") or a letter. Germany: Adresszusatz, "Straße Hausnummer", "PLZ Ort", no blank line.
 * Abroad: the address lines as written, then the state's German name in capitals on the last
 * line (DIN 5008, UPU). The town abroad should be in capitals too, but only the user knows which
 * line holds it, so lines stay as written. Empty parts leave no blank line.
 */
export function formatAnschrift(value: Anschrift, options: FormatOptions = {}): string[] {
  const v = normaliseAnschrift(value);
  if (v.inlandAusland === '002') {
    const lines = v.zeilen.filter((l) => l !== '');
    const staat = options.staatName?.trim() || v.staat;
    if (staat) lines.push(staat.toLocaleUpperCase('de'));
    return lines;
  }
  const street = [v.strasse, hausnummerText(v)].filter(Boolean).join(' ');
  const place = [v.postleitzahl, v.ort].filter(Boolean).join(' ');
  return [v.zusatz ?? '', street, place].filter((l) => l !== '');
}
