import type { Validator, ValidatorParams } from '../validation.js';
import { IBAN_LENGTHS, SEPA_COUNTRIES } from './iban-registry.js';

/**
 * IBAN (ISO 13616): normalising what people type, the per-country length of the SWIFT IBAN
 * Registry, the ISO 7064 mod-97-10 check, and the grouped display form. One finding per IBAN,
 * the first problem in this order: empty, characters, start, country, SEPA (only when asked),
 * length, check digits. Message keys `validation.iban.<problem>` (texts in `messages.ts`).
 */

export { IBAN_LENGTHS, SEPA_COUNTRIES };

/** What can be wrong with an IBAN, in the order it is checked. */
export type IbanProblem = 'required' | 'characters' | 'start' | 'country' | 'notSepa' | 'length' | 'checksum';

/** The result of {@link checkIban}. */
export type IbanCheck =
  | { readonly valid: true; readonly iban: string }
  | {
      readonly valid: false;
      readonly problem: IbanProblem;
      /** The message's placeholders: `country`, `expected`, `actual`, `chars`, `count`. */
      readonly params: ValidatorParams;
      /** The normalised input. */
      readonly iban: string;
    };

/**
 * The IBAN as it is stored and sent: without spaces (any white space, as pasted from a letter or
 * a banking app), upper case. Nothing else is dropped, so a stray character still shows.
 */
export function normaliseIban(input: string): string {
  return input.replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/gu, '').toUpperCase();
}

/** The paper form: groups of four characters separated by one space (`DE89 3704 0044 0532 0130 00`). */
export function formatIban(input: string): string {
  return normaliseIban(input).replace(/(.{4})(?=.)/g, '$1 ');
}

/** The IBAN's digits as ISO 7064 reads them (country and check digits moved to the end, A=10 … Z=35), mod 97. */
function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? code - 55 : code - 48;
    rest = value >= 10 ? (rest * 100 + value) % 97 : (rest * 10 + value) % 97;
  }
  return rest;
}

/** Whether an (alphanumeric, upper-case) IBAN passes the mod-97 check. */
export function hasValidIbanChecksum(iban: string): boolean {
  const n = normaliseIban(iban);
  return /^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(n) && mod97(n) === 1;
}

/** The two check digits for a country code and BBAN (`ibanCheckDigits('DE', '370400440532013000')` → `'89'`). */
export function ibanCheckDigits(country: string, bban: string): string {
  const rest = mod97(`${country.toUpperCase()}00${normaliseIban(bban)}`);
  return String(98 - rest).padStart(2, '0');
}

/** A valid IBAN from a country code and a BBAN (test data, example values). */
export function makeIban(country: string, bban: string): string {
  return `${country.toUpperCase()}${ibanCheckDigits(country, bban)}${normaliseIban(bban)}`;
}

export interface IbanOptions {
  /** Only accounts in SEPA countries (a SEPA direct debit needs one). Default false. */
  readonly sepaOnly?: boolean;
}

/** Checks an IBAN as typed; see {@link IbanProblem} for the order of the checks. */
export function checkIban(input: string, options: IbanOptions = {}): IbanCheck {
  const iban = normaliseIban(input);
  const fail = (problem: IbanProblem, params: ValidatorParams = {}): IbanCheck => ({
    valid: false,
    problem,
    params,
    iban,
  });
  if (iban === '') return fail('required');
  const bad = [...new Set(iban.match(/[^A-Z0-9]/gu) ?? [])];
  if (bad.length) return fail('characters', { chars: bad.join(' '), count: bad.length });
  if (!/^[A-Z]{2}\d{2}/.test(iban)) return fail('start');
  const country = iban.slice(0, 2);
  const expected = IBAN_LENGTHS[country];
  if (expected === undefined) return fail('country', { country });
  if (options.sepaOnly && !SEPA_COUNTRIES.has(country)) return fail('notSepa', { country });
  if (iban.length !== expected) return fail('length', { country, expected, actual: iban.length });
  if (mod97(iban) !== 1) return fail('checksum', { country });
  return { valid: true, iban };
}

/** Whether `input` is a valid IBAN (after normalising). */
export function isValidIban(input: string, options: IbanOptions = {}): boolean {
  return checkIban(input, options).valid;
}

/**
 * The IBAN rules as one `Validator` for a field: its name is `iban.<problem>` of the value last
 * tested, its params that problem's (read them right after `test`, as `validate` does). Empty
 * values pass: combine it with `required()`.
 */
export function ibanValidator(options: IbanOptions = {}): Validator {
  let last: IbanCheck = { valid: true, iban: '' };
  return {
    get name() {
      return `iban.${last.valid ? 'checksum' : last.problem}`;
    },
    type: 'error',
    get flag() {
      return last.valid || last.problem === 'checksum' ? 'badInput' : 'patternMismatch';
    },
    get params(): ValidatorParams {
      return last.valid ? {} : last.params;
    },
    test(value: string) {
      last = checkIban(value, options);
      return last.valid || last.problem === 'required';
    },
  };
}
