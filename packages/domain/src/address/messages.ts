/**
 * Proposed German and English texts for every address finding, keyed as the validation
 * controller looks them up (`validation.<finding name>`). The domain names findings; the
 * component registers these (or its own) texts. GOV.UK style: say what is wrong and how to fix
 * it, address the user as "Sie". `{label}` is the field's label; other placeholders are the
 * finding's params.
 */

/** Values a message may interpolate. */
export type AddressMessageParams = Readonly<Record<string, string | number>>;
/** A template with `{name}` placeholders, or a function for plurals. */
export type AddressMessage = string | ((params: AddressMessageParams) => string);
/** One language's address messages. */
export type AddressCatalogue = Readonly<Record<string, AddressMessage>>;

import { requiredDe, requiredEn } from './required.js';

const count = (params: AddressMessageParams) => Number(params.count ?? 1);

export const de: AddressCatalogue = {
  ...requiredDe,
  'validation.address.postleitzahl.format': 'Geben Sie eine Postleitzahl mit 5 Ziffern an, zum Beispiel 86150.',
  'validation.address.postleitzahl.unknown':
    'Die Postleitzahl {plz} ist in unserem Verzeichnis nicht enthalten. Prüfen Sie sie. Wenn sie stimmt, können Sie fortfahren.',
  'validation.address.ort.mismatch':
    '„{ort}“ gehört laut unserem Verzeichnis nicht zur Postleitzahl {plz} (dort: {places}). Prüfen Sie Postleitzahl und Ort. Wenn beide stimmen, können Sie fortfahren.',
  'validation.address.hausnummer.digit': 'Geben Sie eine Hausnummer mit Ziffern an, zum Beispiel 12 oder 12a.',
  'validation.address.hausnummer.format':
    'Geben Sie die Hausnummer mit der Zahl zuerst an, zum Beispiel 12a, 12-14 oder 16 1/7.',
  'validation.address.strasse.tooLong':
    'Die Straße darf höchstens {max} Zeichen lang sein. Kürzen Sie lange Namen ab, zum Beispiel „Str.“ statt „Straße“.',
  'validation.address.ort.tooLong': 'Der Ort darf höchstens {max} Zeichen lang sein.',
  'validation.address.zusatz.tooLong': 'Der Adresszusatz darf höchstens {max} Zeichen lang sein.',
  'validation.address.zeile.tooLong':
    '„{label}“ darf höchstens {max} Zeichen lang sein. Verteilen Sie die Anschrift auf mehrere Zeilen.',
  'validation.address.characters': (p) =>
    count(p) === 1
      ? `„${p.label}“ enthält ein Zeichen, das wir nicht verarbeiten können: ${p.chars}. Entfernen Sie es oder schreiben Sie es mit lateinischen Buchstaben.`
      : `„${p.label}“ enthält Zeichen, die wir nicht verarbeiten können: ${p.chars}. Entfernen Sie sie oder schreiben Sie sie mit lateinischen Buchstaben.`,
  'validation.address.staat.germany':
    'Für eine Anschrift in Deutschland entfernen Sie oben den Haken bei „Die Anschrift liegt im Ausland“.',
  'validation.address.staat.unknown': 'Wählen Sie den Staat aus der Liste aus.',
  'validation.address.zeilen.gap':
    'Lassen Sie keine Zeile zwischen zwei Zeilen der Anschrift leer. Zeile {line} ist leer.',
  'validation.address.zeilen.tooMany': 'Geben Sie die Anschrift in höchstens {max} Zeilen an.',
};

export const en: AddressCatalogue = {
  ...requiredEn,
  'validation.address.postleitzahl.format': 'Enter a postcode with 5 digits, like 86150.',
  'validation.address.postleitzahl.unknown':
    'The postcode {plz} is not in our directory. Check it. If it is right, you can continue.',
  'validation.address.ort.mismatch':
    'According to our directory, “{ort}” is not in postcode {plz} (it covers {places}). Check the postcode and the town. If both are right, you can continue.',
  'validation.address.hausnummer.digit': 'Enter a house number with digits, like 12 or 12a.',
  'validation.address.hausnummer.format': 'Enter the house number with the number first, like 12a, 12-14 or 16 1/7.',
  'validation.address.strasse.tooLong':
    'Street must be {max} characters or fewer. Shorten long names, for example “Str.” for “Straße”.',
  'validation.address.ort.tooLong': 'Town or city must be {max} characters or fewer.',
  'validation.address.zusatz.tooLong': 'Address addition must be {max} characters or fewer.',
  'validation.address.zeile.tooLong':
    '“{label}” must be {max} characters or fewer. Spread the address over more lines.',
  'validation.address.characters': (p) =>
    count(p) === 1
      ? `“${p.label}” contains a character we cannot process: ${p.chars}. Remove it or write it in Latin letters.`
      : `“${p.label}” contains characters we cannot process: ${p.chars}. Remove them or write them in Latin letters.`,
  'validation.address.staat.germany': 'For an address in Germany, untick “The address is outside Germany” above.',
  'validation.address.staat.unknown': 'Choose the country from the list.',
  'validation.address.zeilen.gap': 'Do not leave a line empty between two lines of the address. Line {line} is empty.',
  'validation.address.zeilen.tooMany': 'Enter the address in {max} lines or fewer.',
};

/** The address messages in every language Blaupause ships: register them with the component. */
export const addressMessages: Readonly<Record<string, AddressCatalogue>> = { de, en };
