import type { Catalogue } from './localize.js';

/** English messages, loaded when an element is first shown in English (see `CatalogueSource`). */
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
