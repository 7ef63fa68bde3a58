import { Button } from './button.js';

export { Button };
export type { ButtonType, ButtonVariant } from './button.js';

Button.define('bp-button');

declare global {
  interface HTMLElementTagNameMap {
    'bp-button': Button;
  }
}
