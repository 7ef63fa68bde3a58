// `@blaupause/domain/address/form`: what an address form needs before the user types: the value
// types and their normalisation and form fields, the PLZ form and lazy table, the DIN 5008 block,
// and the required rules with their messages. The rest of the rules come with
// `@blaupause/domain/address/rules`; everything is also exported by `@blaupause/domain/address`.
export * from './text.js';
export * from './hausnummer.js';
export * from './plz-format.js';
export * from './types.js';
export * from './plz.js';
export * from './format.js';
export * from './required.js';
export type { AddressLookup, LookupAttribution, StreetQuery, StreetSuggestion } from './lookup.js';
