import { colorTextMuted } from '@blaupause/tokens/vars';
import { css } from '../core/tokens.js';

/** The circle and its dot, on the shared choice layout (core/choice.styles.ts). */
export const radioStyles = css`
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  .control {
    position: relative;
    border-radius: 50%;
  }
  /* The dot is a border, so forced-colors mode keeps it (backgrounds are replaced there). */
  .control::after {
    content: '';
    position: absolute;
    inset: 0;
    margin: auto;
    inline-size: 0;
    block-size: 0;
    border: calc(var(--_box) / 4) solid currentColor;
    border-radius: 50%;
    opacity: 0;
  }
  .native:checked + .control::after {
    opacity: 1;
  }
  .hint {
    color: ${colorTextMuted};
  }
`;
