import { css } from '../core/tokens.js';

/** The square box and its tick or dash, on the shared choice layout (core/choice.styles.ts). */
export const checkboxStyles = css`
  .control {
    display: grid;
    place-items: center;
    border-radius: 0;
  }
  .mark {
    grid-area: 1 / 1;
    inline-size: 80%;
    block-size: 80%;
    visibility: hidden;
  }
  .native:checked:not(:indeterminate) + .control .tick,
  .native:indeterminate + .control .dash {
    visibility: visible;
  }
  .choice .hint {
    margin-block-end: 0;
  }
`;
