import { TextField } from './text-field.js';

export { TextField };
export type { TextFieldType, TextFieldWidth } from './text-field.js';

TextField.define('bp-text-field');

declare global {
  interface HTMLElementTagNameMap {
    'bp-text-field': TextField;
  }
}
