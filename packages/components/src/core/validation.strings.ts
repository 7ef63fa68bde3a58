import type { Catalogue, Translations } from './localize.js';

/**
 * The generic validators' messages. `{label}` is the field's label; other placeholders are the
 * validator's params. Wording follows GOV.UK's error-message guidance: say what is wrong and how
 * to fix it. German quotes the label („…“) because a generic sentence cannot decline it;
 * per-instance `strings` give natural wording ("Geben Sie Ihren Vornamen an.").
 */
export const de: Catalogue = {
  'validation.required': 'Füllen Sie das Feld „{label}“ aus.',
  'validation.minLength': '„{label}“ muss mindestens {min} Zeichen lang sein.',
  'validation.maxLength': '„{label}“ darf höchstens {max} Zeichen lang sein.',
  'validation.pattern': '„{label}“ hat nicht das erwartete Format.',
  'validation.email': 'Geben Sie eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de.',
  'validation.tel': 'Geben Sie eine Telefonnummer an, zum Beispiel 0821 123456 oder +49 821 123456.',
  'validation.url': 'Geben Sie eine Webadresse an, die mit https:// beginnt.',
  'validation.numeric': '„{label}“ darf nur Ziffern enthalten.',
  'validation.rangeUnderflow': '„{label}“ muss {min} oder mehr sein.',
  'validation.rangeOverflow': '„{label}“ darf höchstens {max} sein.',
  'validation.badInput': 'Geben Sie bei „{label}“ eine Zahl an.',
};

export const en: Catalogue = {
  'validation.required': 'Fill in “{label}”.',
  'validation.minLength': ({ min, label }) =>
    `“${label}” must be ${min} ${Number(min) === 1 ? 'character' : 'characters'} or more.`,
  'validation.maxLength': ({ max, label }) =>
    `“${label}” must be ${max} ${Number(max) === 1 ? 'character' : 'characters'} or fewer.`,
  'validation.pattern': '“{label}” is not in the expected format.',
  'validation.email': 'Enter an email address in the correct format, like name@example.com.',
  'validation.tel': 'Enter a telephone number, like 01632 960 001 or +44 808 157 0192.',
  'validation.url': 'Enter a web address that starts with https://.',
  'validation.numeric': '“{label}” must only include numbers.',
  'validation.rangeUnderflow': '“{label}” must be {min} or more.',
  'validation.rangeOverflow': '“{label}” must be {max} or less.',
  'validation.badInput': '“{label}” must be a number.',
};

/**
 * The messages of the generic validators (`@blaupause/domain/validation`: required, lengths,
 * formats, ranges), registered by the controls that use them. A control with rules of its own
 * (bp-address-input) does not carry them.
 */
export const validationTranslations: Translations = { de, en };
