// `@blaupause/domain/address/rules`: the full address rules and their messages on their own, for
// code that loads them when they are first needed (bp-address-input does, on the user's first
// focus or a value). Everything here is also exported by `@blaupause/domain/address`.
export { validateAnschrift, type ValidateAnschriftOptions, type AddressFinding } from './validators.js';
export { addressMessages } from './messages.js';
