import { AddressInput } from './address-input.js';

export { AddressInput };
export type { Anschrift, AddressLookup } from './address-input.js';

AddressInput.define('bp-address-input');

declare global {
  interface HTMLElementTagNameMap {
    'bp-address-input': AddressInput;
  }
}
