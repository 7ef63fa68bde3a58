import { formatHausnummer, parseHausnummer } from './hausnummer.js';
import { normalisePlz } from './plz-format.js';
import { normaliseText } from './text.js';

/**
 * FIM F60000000263 "Inland/Ausland", code list C60000006: `001` in Germany, `002` abroad.
 */
export type InlandAusland = '001' | '002';

/**
 * An address in Germany, with XInneres/FIM names.
 *
 * - `strasse`: F60000000243, at most 55 characters, "ohne Abkürzungen".
 * - `hausnummer`: the number's digits (XInneres `hausnummer`); `hausnummerZusatz`: letter,
 *   Zusatzziffer or Teilnummer with its separator (`a`, `.5`, `/1`, `1/7`); `hausnummerBis`: the
 *   end of a range (`12-14`). See {@link parseHausnummer}.
 * - `zusatz`: F60000000248 Adresszusatz (c/o, Hinterhaus, Appartement 4).
 * - `postleitzahl`: F60000000246, always a string of 5 digits (01067 keeps its zero).
 * - `ort`: F60000000247, the municipality, at most 40 characters.
 * - `ortsteil`, `gemeindeschluessel` (AGS): optional, from the XÖV core `AnschriftType`.
 */
export interface InlandsAnschrift {
  readonly inlandAusland: '001';
  readonly strasse: string;
  readonly hausnummer: string;
  readonly hausnummerZusatz: string;
  readonly hausnummerBis?: string;
  readonly zusatz?: string;
  readonly postleitzahl: string;
  readonly ort: string;
  readonly ortsteil?: string;
  readonly gemeindeschluessel?: string;
}

/**
 * An address abroad (XInneres `Auslandsanschrift.Druckbild`): the state and 1–5 address lines
 * (F60000000262), no blank line between filled ones.
 *
 * `staat` is the ISO 3166-1 alpha-2 code (`FR`, `TR`); the Destatis key where the country list
 * carries one. Germany (`DE`, Destatis `000`) is not a foreign state.
 */
export interface AuslandsAnschrift {
  readonly inlandAusland: '002';
  readonly staat: string;
  readonly zeilen: readonly string[];
}

/** An address as `bp-address-input` holds it: `value.inlandAusland` tells which kind. */
export type Anschrift = InlandsAnschrift | AuslandsAnschrift;

/** The most address lines abroad (XInneres `Auslandsanschrift.Druckbild`). */
export const MAX_ZEILEN = 5;

/** An empty address in Germany. */
export function emptyInlandsAnschrift(): InlandsAnschrift {
  return { inlandAusland: '001', strasse: '', hausnummer: '', hausnummerZusatz: '', postleitzahl: '', ort: '' };
}

/** An empty address abroad. */
export function emptyAuslandsAnschrift(): AuslandsAnschrift {
  return { inlandAusland: '002', staat: '', zeilen: [] };
}

/** The house number as one string for a field or a letter: `12a`, `12-14`, `16 1/7`. */
export function hausnummerText(value: Pick<InlandsAnschrift, 'hausnummer' | 'hausnummerZusatz' | 'hausnummerBis'>) {
  if (!value.hausnummer) return value.hausnummerZusatz;
  return formatHausnummer({
    nummer: value.hausnummer,
    zusatz: value.hausnummerZusatz,
    bis: value.hausnummerBis ?? '',
  });
}

/**
 * Sets the house-number parts from what the user typed. Text that does not parse stays whole in
 * `hausnummer` (the validators report it), so nothing the user typed is lost.
 */
export function withHausnummer<T extends InlandsAnschrift>(value: T, text: string): T {
  const parts = parseHausnummer(text);
  const next = { ...value, hausnummer: parts?.nummer ?? normaliseText(text), hausnummerZusatz: parts?.zusatz ?? '' };
  if (parts?.bis) return { ...next, hausnummerBis: parts.bis };
  delete (next as { hausnummerBis?: string }).hausnummerBis;
  return next;
}

function clean(text: string | undefined): string {
  return text === undefined ? '' : normaliseText(text);
}

/**
 * The address with every text NFC-normalised and trimmed (whitespace runs folded), the PLZ
 * normalised (`D-86150` → `86150`), trailing empty address lines dropped, optional fields that
 * are empty removed. Idempotent.
 */
export function normaliseAnschrift(value: Anschrift): Anschrift {
  if (value.inlandAusland === '002') {
    const zeilen = value.zeilen.map(clean);
    while (zeilen.length && zeilen[zeilen.length - 1] === '') zeilen.pop();
    return { inlandAusland: '002', staat: clean(value.staat).toUpperCase(), zeilen };
  }
  const result: Record<string, string> = {
    inlandAusland: '001',
    strasse: clean(value.strasse),
    hausnummer: clean(value.hausnummer),
    hausnummerZusatz: clean(value.hausnummerZusatz),
    postleitzahl: normalisePlz(value.postleitzahl),
    ort: clean(value.ort),
  };
  for (const key of ['hausnummerBis', 'zusatz', 'ortsteil', 'gemeindeschluessel'] as const) {
    const text = clean(value[key]);
    if (text) result[key] = text;
  }
  return result as unknown as InlandsAnschrift;
}

/**
 * The flat entries a form submits for an address: `{ 'anschrift[strasse]': 'Hauptstraße', … }`.
 * Abroad, lines are `anschrift[zeilen][0]` … `anschrift[zeilen][4]` (PHP and Rails read them as
 * an array). Empty optional fields are left out; required ones are sent even when empty, so a
 * server sees that they were asked. Values are normalised.
 */
export function toFormFields(name: string, value: Anschrift): Record<string, string> {
  const v = normaliseAnschrift(value);
  const out: Record<string, string> = { [`${name}[inlandAusland]`]: v.inlandAusland };
  if (v.inlandAusland === '002') {
    out[`${name}[staat]`] = v.staat;
    v.zeilen.forEach((zeile, i) => (out[`${name}[zeilen][${i}]`] = zeile));
    return out;
  }
  const fields = [
    'strasse',
    'hausnummer',
    'hausnummerZusatz',
    'hausnummerBis',
    'zusatz',
    'postleitzahl',
    'ort',
    'ortsteil',
    'gemeindeschluessel',
  ] as const;
  for (const key of fields) {
    const text = v[key];
    if (text !== undefined) out[`${name}[${key}]`] = text;
  }
  return out;
}

/**
 * Reads an address back from form entries (restore, a server receiving the form). Accepts what
 * {@link toFormFields} writes, and what the no-JavaScript fallback submits: one
 * `name[hausnummer]` field with the whole house number ("12a"), which is parsed into its parts.
 * Entries of other names are ignored. Returns `null` when no entry of this name is present.
 */
export function fromFormFields(
  name: string,
  entries: Iterable<readonly [string, unknown]> | Readonly<Record<string, unknown>>,
): Anschrift | null {
  const map = new Map<string, string>();
  const list = Symbol.iterator in entries ? entries : Object.entries(entries);
  const prefix = `${name}[`;
  for (const [key, raw] of list) {
    if (key.startsWith(prefix) && typeof raw === 'string') map.set(key.slice(prefix.length, -1), raw);
  }
  if (map.size === 0) return null;
  const get = (key: string) => map.get(key) ?? '';
  if (get('inlandAusland') === '002') {
    const zeilen: string[] = [];
    for (let i = 0; i < MAX_ZEILEN; i++) zeilen.push(get(`zeilen][${i}`));
    return normaliseAnschrift({ inlandAusland: '002', staat: get('staat'), zeilen });
  }
  let value: InlandsAnschrift = {
    inlandAusland: '001',
    strasse: get('strasse'),
    hausnummer: get('hausnummer'),
    hausnummerZusatz: get('hausnummerZusatz'),
    postleitzahl: get('postleitzahl'),
    ort: get('ort'),
  };
  for (const key of ['hausnummerBis', 'zusatz', 'ortsteil', 'gemeindeschluessel'] as const) {
    if (map.has(key)) value = { ...value, [key]: get(key) };
  }
  // The fallback's single field: "12a" in hausnummer, no parts.
  if (!map.has('hausnummerZusatz') && !map.has('hausnummerBis') && !/^\d*$/.test(value.hausnummer.trim())) {
    value = withHausnummer(value, value.hausnummer);
  }
  return normaliseAnschrift(value);
}
