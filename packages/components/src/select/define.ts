import { Select } from './select.js';

export { Select };
export type { SelectItem, SelectOption, SelectOptionGroup, SelectWidth } from './select.js';

Select.define('bp-select');

declare global {
  interface HTMLElementTagNameMap {
    'bp-select': Select;
  }
}
