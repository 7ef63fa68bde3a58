import { Textarea } from './textarea.js';

export { Textarea };

Textarea.define('bp-textarea');

declare global {
  interface HTMLElementTagNameMap {
    'bp-textarea': Textarea;
  }
}
