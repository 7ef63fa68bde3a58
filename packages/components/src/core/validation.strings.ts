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

/**
 * The messages of the generic validators (`@blaupause/domain/validation`: required, lengths,
 * formats, ranges), registered by the controls that use them. A control with rules of its own
 * (bp-address-input) does not carry them.
 */
export const validationTranslations: Translations = {
  de,
  en: () => import('./validation.strings.en.js').then((m) => m.en),
};
