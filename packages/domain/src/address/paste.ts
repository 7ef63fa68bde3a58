import { normalisePlz } from './plz-format.js';
import { expandStreetAbbreviation, normaliseText } from './text.js';

/** What a pasted address splits into, for the user to confirm. */
export interface PastedAddress {
  readonly strasse: string;
  /** The house number as written (`5a`, `12-14`); empty when there is none. */
  readonly hausnummer: string;
  readonly postleitzahl: string;
  readonly ort: string;
  /** Parts that are none of these (a name, "c/o …"), in order, for the user to place. */
  readonly rest: readonly string[];
}

// Longer text is not an address someone pasted into a street field.
const MAX_LENGTH = 300;
// "86150 Augsburg", "D-86150 Augsburg", "DE 86150 Augsburg"
const PLZ_ORT = /^(?:DE?\s*-?\s*)?(\d{5})\s+(\p{L}.*)$/iu;
// "Hauptstraße 5a 86150 Augsburg": street part, PLZ, Ort, in one segment.
const INLINE = /^(.*\S)\s+(?:DE?\s*-?\s*)?(\d{5})\s+(\p{L}.*)$/iu;
// A house number token: 5, 5a, 5 a, 12-14, 12a-c, 109.5, 116/1, 16 1/7.
const HAUSNUMMER =
  /^\d{1,4}(?:\s?\p{L}(?!\p{L}))?(?:\s?[-–]\s?(?:\d{1,4}(?:\s?\p{L}(?!\p{L}))?|\p{L}(?!\p{L}))|\s?[./]\s?\d{1,3}\p{L}?|\s\d{1,2}\/\d{1,2})?$/u;
const COUNTRY = /^(?:deutschland|germany|brd|bundesrepublik deutschland|de|d)$/i;

/**
 * Splits a street and its house number: `Hauptstraße 5a` → `['Hauptstraße', '5a']`,
 * `Straße des 17. Juni 135` → `['Straße des 17. Juni', '135']`. The number is the shortest tail
 * that reads as a house number; `null` when there is none or nothing is left for the street.
 */
export function splitStreetAndNumber(text: string): readonly [strasse: string, hausnummer: string] | null {
  const tokens = normaliseText(text).split(' ');
  for (let k = 1; k < tokens.length; k++) {
    if (!/^\d/.test(tokens[k])) continue;
    const tail = tokens.slice(k).join(' ');
    if (HAUSNUMMER.test(tail)) return [tokens.slice(0, k).join(' '), tail];
  }
  return null;
}

/**
 * Reads a whole address pasted into one field and proposes its parts, or `null` when the text
 * is not a German address with a street and a "PLZ Ort" part. Handles commas, semicolons, line
 * breaks or only spaces between the parts, either order ("86150 Augsburg, Hauptstraße 5"), a
 * `D-` before the PLZ, a trailing "Deutschland", and writes out `Str.` as `Straße`.
 * Never throws.
 *
 * `Hauptstraße 5a, 86150 Augsburg` → `{ strasse: 'Hauptstraße', hausnummer: '5a',
 * postleitzahl: '86150', ort: 'Augsburg', rest: [] }`
 */
export function splitPastedAddress(text: string): PastedAddress | null {
  if (text.length > MAX_LENGTH * 4) return null;
  const clean = text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
  if (clean.length > MAX_LENGTH || !/\d{5}/.test(clean)) return null;
  const segments = clean
    .split(/[\n,;]+/)
    .map(normaliseText)
    .filter((s) => s !== '' && !COUNTRY.test(s));

  let plzIndex = segments.findIndex((s) => PLZ_ORT.test(s));
  let plz = '';
  let ort = '';
  let streetText: string | undefined;
  if (plzIndex >= 0) {
    const m = PLZ_ORT.exec(segments[plzIndex])!;
    [plz, ort] = [m[1], m[2]];
  } else {
    plzIndex = segments.findIndex((s) => INLINE.test(s));
    if (plzIndex < 0) return null;
    const m = INLINE.exec(segments[plzIndex])!;
    // "Hauptstraße 5 D 86150 Augsburg": the D belongs to the PLZ; "Hauptstraße 5 - 86150 …": a separator.
    [streetText, plz, ort] = [m[1].replace(/\s+DE?$/i, '').replace(/\s*[-–—|/·]$/, ''), m[2], m[3]];
  }
  const others = segments.filter((_, i) => i !== plzIndex);
  if (streetText === undefined) {
    // The street is the segment next to the PLZ line that has a house number, else the one right before it.
    const withNumber = others.findIndex((s) => splitStreetAndNumber(s) !== null);
    const index = withNumber >= 0 ? withNumber : others.length - 1;
    if (index < 0 || (plzIndex === 0 && withNumber < 0)) return null;
    streetText = others.splice(index, 1)[0]!;
  }
  const split = splitStreetAndNumber(streetText);
  const [strasse, hausnummer] = split ?? [streetText, ''];
  if (!/\p{L}/u.test(strasse)) return null;
  return {
    strasse: expandStreetAbbreviation(strasse),
    hausnummer,
    postleitzahl: normalisePlz(plz),
    ort: ort.replace(/\s+(?:Deutschland|Germany)$/i, ''),
    rest: others,
  };
}
