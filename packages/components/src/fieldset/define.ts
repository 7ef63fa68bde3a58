import { Fieldset } from './fieldset.js';

export { Fieldset };

Fieldset.define('bp-fieldset');

declare global {
  interface HTMLElementTagNameMap {
    'bp-fieldset': Fieldset;
  }
}
