import {
  characterCount,
  validate,
  type ValidationFinding,
  type Validator,
  type ValidatorParams,
} from '../validation.js';
import { describeCharacters, invalidCharacters, type Din91379DataType } from './din91379.js';
import { parseHausnummer } from './hausnummer.js';
import { isPlz, normalisePlz } from './plz-format.js';
import { ortPasstZu } from './plz.js';
import { isBlank, normaliseText } from './text.js';
import { MAX_ZEILEN, normaliseAnschrift, hausnummerText, type Anschrift } from './types.js';
import { isEmptyAnschrift, requiredPart, zeilenRequired, type AddressField } from './required.js';

/**
 * The address rules as `Validator`s (names are message keys: `validation.<name>`, texts in
 * `messages.ts`) and as one pure function over a whole address, {@link validateAnschrift}, for a
 * portal's server. Empty values pass every rule but the `required` ones.
 */

/** Straße: at most 55 characters (XInneres `strasse`). */
export const STRASSE_MAX = 55;
/** Ort: at most 40 characters (XInneres `wohnort`). */
export const ORT_MAX = 40;
/** Adresszusatz: at most 55 characters. [guess: XInneres gives no limit; as long as a Straße.] */
export const ZUSATZ_MAX = 55;
/** One address line abroad: at most 40 characters. [guess: no XÖV limit at hand; like Ort.] */
export const ZEILE_MAX = 40;

/** Looks up the places of a PLZ; `null` while no table is loaded (then the PLZ rules pass). */
export type PlzLookupFn = (plz: string) => readonly string[] | null;

/** A finding of {@link validateAnschrift}: which field, and for address lines which line (0-based). */
export interface AddressFinding extends ValidationFinding {
  readonly field: AddressField;
  readonly line?: number;
}

/** At most `max` user-perceived characters: `address.<field>.tooLong` with `{max}`. */
export function maxCharacters(field: AddressField | 'zeile', max: number): Validator {
  return {
    name: `address.${field}.tooLong`,
    type: 'error',
    flag: 'tooLong',
    params: { max },
    test: (v) => characterCount(normaliseText(v)) <= max,
  };
}

/**
 * Only characters of DIN 91379 (data type B for addresses): `address.characters` with
 * `{chars, count}` naming the offending characters (see {@link describeCharacters}).
 *
 * The params describe the value last tested, so read `params` right after `test` (as `validate`
 * does). A validator object must not be shared between two values tested at once.
 */
export function din91379(dataType: Din91379DataType = 'B'): Validator {
  let found: string[] = [];
  return {
    name: 'address.characters',
    type: 'error',
    flag: 'patternMismatch',
    get params(): ValidatorParams {
      return { chars: describeCharacters(found), count: found.length };
    },
    test(v) {
      found = invalidCharacters(normaliseText(v), dataType);
      return found.length === 0;
    },
  };
}

/** PLZ: five digits after normalising (`D-86150`, `86 150` pass): `address.postleitzahl.format`. */
export function plzFormat(): Validator {
  return {
    name: 'address.postleitzahl.format',
    type: 'error',
    flag: 'patternMismatch',
    test: (v) => isBlank(v) || isPlz(v),
  };
}

/**
 * Warning: a well-formed PLZ the table does not know (the table can be older than the post):
 * `address.postleitzahl.unknown` with `{plz}`.
 */
export function plzKnown(lookup: PlzLookupFn): Validator {
  let plz = '';
  return {
    name: 'address.postleitzahl.unknown',
    type: 'warning',
    get params(): ValidatorParams {
      return { plz };
    },
    test(v) {
      plz = normalisePlz(v);
      if (!isPlz(plz)) return true;
      const places = lookup(plz);
      return places === null || places.length > 0;
    },
  };
}

/**
 * Warning: the Ort is not one the table lists for the PLZ: `address.ort.mismatch` with
 * `{plz, ort, places}` (`places`: the table's places for the PLZ, at most three, comma-separated).
 * Runs on the pair, so it sees both fields. Passes when either is empty, the PLZ is malformed or
 * unknown (that has its own rule), or no table is loaded. Municipality and Ortsteil forms match
 * both ways ("Augsburg-Haunstetten" for "Augsburg", "Pullach" for "Pullach im Isartal").
 */
export function ortMatchesPlz(lookup: PlzLookupFn): Validator<{ readonly postleitzahl: string; readonly ort: string }> {
  let params: ValidatorParams = {};
  return {
    name: 'address.ort.mismatch',
    type: 'warning',
    get params(): ValidatorParams {
      return params;
    },
    test({ postleitzahl, ort }) {
      const plz = normalisePlz(postleitzahl);
      const name = normaliseText(ort);
      params = { plz, ort: name, places: '' };
      if (!name || !isPlz(plz)) return true;
      const places = lookup(plz);
      if (!places || places.length === 0) return true;
      params = { plz, ort: name, places: places.slice(0, 3).join(', ') + (places.length > 3 ? ', …' : '') };
      return ortPasstZu(name, places);
    },
  };
}

/** House number: at least one digit: `address.hausnummer.digit`. */
export function hausnummerDigit(): Validator {
  return {
    name: 'address.hausnummer.digit',
    type: 'error',
    flag: 'patternMismatch',
    test: (v) => isBlank(v) || /\d/.test(v),
  };
}

/** House number: starts with its number (`12a`, not `a12`): `address.hausnummer.format`. */
export function hausnummerFormat(): Validator {
  return {
    name: 'address.hausnummer.format',
    type: 'error',
    flag: 'patternMismatch',
    test: (v) => isBlank(v) || !/\d/.test(v) || parseHausnummer(v) !== null,
  };
}

const GERMANY = new Set(['DE', 'DEU', '000', 'DEUTSCHLAND', 'GERMANY']);

/** Abroad: the state is not Germany (`DE`, Destatis `000`): `address.staat.germany`. */
export function staatNotGermany(): Validator {
  return {
    name: 'address.staat.germany',
    type: 'error',
    flag: 'customError',
    test: (v) => !GERMANY.has(normaliseText(v).toUpperCase()),
  };
}

/**
 * Abroad: the state is one of the country list (`isKnown(code)`; `null` while the list is not
 * loaded, then the rule passes): `address.staat.unknown`. Text that names no state (typed but
 * not chosen from the list) fails.
 */
export function staatKnown(isKnown: (code: string) => boolean | null): Validator {
  return {
    name: 'address.staat.unknown',
    type: 'error',
    flag: 'badInput',
    test: (v) =>
      isBlank(v) || GERMANY.has(normaliseText(v).toUpperCase()) || isKnown(normaliseText(v).toUpperCase()) !== false,
  };
}

/**
 * Abroad: no blank line before a filled one: `address.zeilen.gap` with `{line}` (1-based number
 * of the first blank line).
 */
export function zeilenNoGap(): Validator<readonly string[]> {
  let line = 0;
  return {
    name: 'address.zeilen.gap',
    type: 'error',
    flag: 'customError',
    get params(): ValidatorParams {
      return { line };
    },
    test(lines) {
      const lastFilled = lines.reduce((last, l, i) => (isBlank(l) ? last : i), -1);
      const gap = lines.findIndex((l, i) => i < lastFilled && isBlank(l));
      line = gap + 1;
      return gap < 0;
    },
  };
}

/** Abroad: at most five lines: `address.zeilen.tooMany` with `{max}`. */
export function zeilenMax(max = MAX_ZEILEN): Validator<readonly string[]> {
  return {
    name: 'address.zeilen.tooMany',
    type: 'error',
    flag: 'tooLong',
    params: { max },
    test: (lines) => lines.reduce((last, l, i) => (isBlank(l) ? last : i + 1), 0) <= max,
  };
}

/**
 * The rules of one text field, in the order a user should fix them. `required` adds the
 * required rule where the field has one (Hausnummer and Adresszusatz are optional in FIM).
 */
export function fieldValidators(
  field: Exclude<AddressField, 'zeilen'> | 'zeile',
  options: { required?: boolean; lookup?: PlzLookupFn; isStaat?: (code: string) => boolean | null } = {},
): Validator[] {
  const required = options.required ?? true;
  const req = (f: AddressField) => (required ? [requiredPart(f)] : []);
  switch (field) {
    case 'strasse':
      return [...req('strasse'), maxCharacters('strasse', STRASSE_MAX), din91379()];
    case 'hausnummer':
      return [hausnummerDigit(), hausnummerFormat(), din91379()];
    case 'zusatz':
      return [maxCharacters('zusatz', ZUSATZ_MAX), din91379()];
    case 'postleitzahl':
      return [...req('postleitzahl'), plzFormat(), ...(options.lookup ? [plzKnown(options.lookup)] : [])];
    case 'ort':
      return [...req('ort'), maxCharacters('ort', ORT_MAX), din91379()];
    case 'staat':
      return [...req('staat'), staatNotGermany(), ...(options.isStaat ? [staatKnown(options.isStaat)] : [])];
    case 'zeile':
      return [maxCharacters('zeile', ZEILE_MAX), din91379()];
  }
}

/** Options of {@link validateAnschrift}. */
export interface ValidateAnschriftOptions {
  /** The address must be given (default true). An optional address that is partly filled must be complete. */
  readonly required?: boolean;
  /** PLZ table lookup for the warnings; without it the PLZ is only checked for its form. */
  readonly lookup?: PlzLookupFn;
  /** Whether a code is a state of the country list (`null` while it is not loaded); without it any state passes. */
  readonly isStaat?: (code: string) => boolean | null;
}

/**
 * Every finding for a whole address, errors first, each with the field (and line) it belongs
 * to. Pure and stateless: a portal's server runs the same rules as the form. Never throws.
 */
export function validateAnschrift(value: Anschrift, options: ValidateAnschriftOptions = {}): AddressFinding[] {
  const v = normaliseAnschrift(value);
  if (options.required === false && isEmptyAnschrift(v)) return [];
  const findings: AddressFinding[] = [];
  const run = <V>(field: AddressField, input: V, validators: Validator<V>[], line?: number) => {
    for (const f of validate(input, validators)) {
      findings.push(
        line === undefined ? { ...f, field } : { ...f, field, line, params: { ...f.params, line: line + 1 } },
      );
    }
  };
  if (v.inlandAusland === '002') {
    run('staat', v.staat, fieldValidators('staat', options.isStaat ? { isStaat: options.isStaat } : {}));
    run('zeilen', v.zeilen, [zeilenRequired(), zeilenNoGap(), zeilenMax()]);
    v.zeilen.forEach((zeile, i) => run('zeilen', zeile, fieldValidators('zeile'), i));
  } else {
    const lookup = options.lookup;
    run('strasse', v.strasse, fieldValidators('strasse'));
    run('hausnummer', hausnummerText(v), fieldValidators('hausnummer'));
    run('zusatz', v.zusatz ?? '', fieldValidators('zusatz'));
    run('postleitzahl', v.postleitzahl, fieldValidators('postleitzahl', lookup ? { lookup } : {}));
    run('ort', v.ort, fieldValidators('ort'));
    if (lookup) run('ort', { postleitzahl: v.postleitzahl, ort: v.ort }, [ortMatchesPlz(lookup)]);
  }
  const order = { error: 0, warning: 1, info: 2 } as const;
  return findings.sort((a, b) => order[a.type] - order[b.type]);
}
