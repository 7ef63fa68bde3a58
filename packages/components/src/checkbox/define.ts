import { Checkbox } from './checkbox.js';

export { Checkbox };

Checkbox.define('bp-checkbox');

declare global {
  interface HTMLElementTagNameMap {
    'bp-checkbox': Checkbox;
  }
}
