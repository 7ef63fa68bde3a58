import { validate, type ValidationFinding, type Validator } from '../validation.js';
import { isBlank } from './text.js';
import { hausnummerText, type Anschrift } from './types.js';

/**
 * The required rules alone, without the rest of the address rules (validators.ts, DIN 91379,
 * the messages): what a form needs before the user has typed anything. `bp-address-input` checks
 * these at once and loads the full rules (`@blaupause/domain/address/rules`) when the user starts.
 */

/** One language's required messages (the same shape as `AddressCatalogue` in messages.ts). */
export type RequiredCatalogue = Readonly<Record<string, string>>;

/** The required messages alone: `bp-address-input` needs them before the rest of the rules have loaded. */
export const requiredDe: RequiredCatalogue = {
  'validation.address.strasse.required': 'Geben Sie die Straße an.',
  'validation.address.hausnummer.required': 'Geben Sie die Hausnummer an.',
  'validation.address.zusatz.required': 'Geben Sie den Adresszusatz an.',
  'validation.address.postleitzahl.required': 'Geben Sie die Postleitzahl an.',
  'validation.address.ort.required': 'Geben Sie den Ort an.',
  'validation.address.staat.required': 'Wählen Sie den Staat aus.',
  'validation.address.zeilen.required': 'Geben Sie die Anschrift im Ausland in mindestens einer Zeile an.',
};

export const requiredEn: RequiredCatalogue = {
  'validation.address.strasse.required': 'Enter the street.',
  'validation.address.hausnummer.required': 'Enter the house number.',
  'validation.address.zusatz.required': 'Enter the address addition.',
  'validation.address.postleitzahl.required': 'Enter the postcode.',
  'validation.address.ort.required': 'Enter the town or city.',
  'validation.address.staat.required': 'Select the country.',
  'validation.address.zeilen.required': 'Enter the address abroad in at least one line.',
};

/** The required messages in every language Blaupause ships. */
export const requiredMessages: Readonly<Record<string, RequiredCatalogue>> = { de: requiredDe, en: requiredEn };

/** The parts of an address a finding can point at. */
export type AddressField = 'strasse' | 'hausnummer' | 'zusatz' | 'postleitzahl' | 'ort' | 'staat' | 'zeilen';

/** A part of the address must be filled: `address.<field>.required`. */
export function requiredPart(field: AddressField): Validator {
  return { name: `address.${field}.required`, type: 'error', flag: 'valueMissing', test: (v) => !isBlank(v) };
}

/** Abroad: at least one address line: `address.zeilen.required`. */
export function zeilenRequired(): Validator<readonly string[]> {
  return {
    name: 'address.zeilen.required',
    type: 'error',
    flag: 'valueMissing',
    test: (lines) => lines.some((l) => !isBlank(l)),
  };
}

/** True when nothing of the address is filled in (the Inland or Ausland parts, as `inlandAusland` says). */
export function isEmptyAnschrift(value: Anschrift): boolean {
  if (value.inlandAusland === '002') return isBlank(value.staat) && value.zeilen.every((l) => isBlank(l));
  return [value.strasse, hausnummerText(value), value.zusatz, value.postleitzahl, value.ort].every((t) => isBlank(t));
}

/** The parts that must be filled: in Germany Straße, PLZ and Ort (FIM: Hausnummer and Adresszusatz are optional). */
export const REQUIRED_INLAND = ['strasse', 'postleitzahl', 'ort'] as const;

/**
 * The required findings of an address, exactly as `validateAnschrift` reports them: none for an
 * empty optional address, otherwise one per missing part (a partly filled address must be
 * complete even when it is optional). Each finding has its `field`, like `validateAnschrift`'s.
 */
export function missingParts(
  value: Anschrift,
  required: boolean,
): (ValidationFinding & { readonly field: AddressField })[] {
  if (!required && isEmptyAnschrift(value)) return [];
  if (value.inlandAusland === '002') {
    return [
      ...validate(value.staat, [requiredPart('staat')]).map((f) => ({ ...f, field: 'staat' as const })),
      ...validate(value.zeilen, [zeilenRequired()]).map((f) => ({ ...f, field: 'zeilen' as const })),
    ];
  }
  return REQUIRED_INLAND.flatMap((field) =>
    validate(value[field], [requiredPart(field)]).map((f) => ({ ...f, field })),
  );
}
