import { Combobox } from './combobox.js';

export { Combobox };
export { ComboboxSelectEvent } from './events.js';
export type { ComboboxOption, ComboboxSource } from './combobox.js';

Combobox.define('bp-combobox');

declare global {
  interface HTMLElementTagNameMap {
    'bp-combobox': Combobox;
  }
}
