/**
 * `@blaupause/domain/address`: German and foreign postal addresses without the DOM, for
 * `bp-address-input` and for a portal's server. The PLZ table and the country list are separate
 * modules, loaded on first use: `loadPlzTable()`, `loadCountries()`.
 */
export * from './text.js';
export * from './hausnummer.js';
export * from './plz-format.js';
export * from './types.js';
export * from './din91379.js';
export * from './plz.js';
export * from './required.js';
export * from './validators.js';
export * from './paste.js';
export * from './format.js';
export * from './lookup.js';
export { addressMessages, type AddressCatalogue, type AddressMessage, type AddressMessageParams } from './messages.js';

/** Loads the country list (about 3 KB gzip) on first use. */
export const loadCountries = () => import('./countries.js');
