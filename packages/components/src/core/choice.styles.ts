import {
  borderWidthControl,
  colorDisabledBackground,
  colorDisabledBorder,
  colorDisabledText,
  colorTextDefault,
  durationFast,
  fieldBackground,
  fieldBorderColor,
  fontWeightRegular,
  spaceSm,
  spaceXs,
  targetMin,
} from '@blaupause/tokens/vars';
import { css } from './tokens.js';
import { focusRing } from './styles.js';

/**
 * The layout every choice control shares (checkbox, radio): a large box (GOV.UK: 40 px) drawn beside
 * the label, with the native input lying invisibly on top of it, so clicks, keyboard, forced colours
 * and the accessibility tree stay native; label and hint widen the click target. Each control adds
 * only its shape (`.control` radius) and its mark.
 */
export const choiceStyles = css`
  :host {
    --_box: calc(${targetMin} - ${spaceXs});
  }
  .choice {
    position: relative;
    display: grid;
    grid-template-columns: var(--_box) minmax(0, 1fr);
    column-gap: ${spaceSm};
    align-items: start;
  }
  .native,
  .control {
    grid-column: 1;
    grid-row: 1;
    inline-size: var(--_box);
    block-size: var(--_box);
    margin: 0;
  }
  .native {
    z-index: 1;
    opacity: 0;
    cursor: pointer;
  }
  .control {
    color: ${colorTextDefault};
    background: ${fieldBackground};
    border: ${borderWidthControl} solid ${fieldBorderColor};
    transition: box-shadow ${durationFast};
  }
  .native:focus-visible + .control {
    ${focusRing}
  }
  .native:disabled {
    cursor: not-allowed;
  }
  .native:disabled + .control {
    color: ${colorDisabledText};
    background: ${colorDisabledBackground};
    border-color: ${colorDisabledBorder};
  }
  .choice-label {
    grid-column: 2;
    grid-row: 1;
    font-weight: ${fontWeightRegular};
    /* One line of text sits in the middle of the box; more lines flow down from there. */
    padding-block: calc((var(--_box) - 1lh) / 2);
    cursor: pointer;
    color: ${colorTextDefault};
  }
  .native:disabled ~ .choice-label {
    color: ${colorDisabledText};
    cursor: not-allowed;
  }
  .choice .hint {
    grid-column: 2;
    grid-row: 2;
  }
  @media (forced-colors: active) {
    .control {
      border-color: CanvasText;
      color: CanvasText;
    }
    .native:disabled + .control {
      border-color: GrayText;
      color: GrayText;
    }
    .native:focus-visible + .control {
      outline-color: Highlight;
    }
  }
`;
