import { css } from 'lit';
import { focusRing } from './styles.js';
import { token } from './tokens.js';

/**
 * The layout every choice control shares (checkbox, radio): a large box (GOV.UK: 40 px) drawn beside
 * the label, with the native input lying invisibly on top of it, so clicks, keyboard, forced colours
 * and the accessibility tree stay native; label and hint widen the click target. Each control adds
 * only its shape (`.control` radius) and its mark.
 */
export const choiceStyles = css`
  :host {
    --_box: calc(${token('target-min')} - ${token('space-xs')});
  }
  .choice {
    position: relative;
    display: grid;
    grid-template-columns: var(--_box) minmax(0, 1fr);
    column-gap: ${token('space-sm')};
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
    color: ${token('color-text-default')};
    background: ${token('field-background')};
    border: ${token('border-width-control')} solid ${token('field-border-color')};
    transition: box-shadow ${token('duration-fast')};
  }
  .native:focus-visible + .control {
    ${focusRing}
  }
  .native:disabled {
    cursor: not-allowed;
  }
  .native:disabled + .control {
    color: ${token('color-disabled-text')};
    background: ${token('color-disabled-background')};
    border-color: ${token('color-disabled-border')};
  }
  .choice-label {
    grid-column: 2;
    grid-row: 1;
    font-weight: ${token('font-weight-regular')};
    /* One line of text sits in the middle of the box; more lines flow down from there. */
    padding-block: calc((var(--_box) - 1lh) / 2);
    cursor: pointer;
    color: ${token('color-text-default')};
  }
  .native:disabled ~ .choice-label {
    color: ${token('color-disabled-text')};
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
