import type { Catalogue } from '../core/localize.js';

/** English messages, loaded when an element is first shown in English (see `CatalogueSource`). */
export const en: Catalogue = {
  'address.label': 'Address',
  'address.ausland-toggle': 'The address is outside Germany',
  'address.strasse': 'Street',
  'address.hausnummer': 'House number',
  'address.zusatz': 'Address addition',
  'address.zusatz-hint': 'For example c/o, rear building or flat number',
  'address.postleitzahl': 'Postcode',
  'address.ort': 'Town or city',
  'address.ort-choose': 'Postcode {plz} covers several places. Choose yours or type it.',
  'address.staat': 'Country',
  'address.zeile': 'Line {line}',
  'address.zeilen-hint': 'Write the address as it goes on a letter in that country, without the country.',
  'address.optional': '(optional)',
  'address.ort-filled': 'Town “{ort}” filled in for postcode {plz}.',
  'address.ort-several': ({ count, plz }) => `Postcode ${plz} covers ${count} places. Choose yours.`,
  'address.paste-question': 'You pasted a whole address. Shall we split it into the fields?',
  'address.paste-preview': 'Street: {strasse}, house number: {hausnummer}, postcode: {postleitzahl}, town: {ort}',
  'address.paste-accept': 'Split into the fields',
  'address.paste-dismiss': 'No, leave it',
  'address.paste-done': 'The address was split into the fields.',
  'address.source': 'Street suggestions:',
};
