import { css } from 'lit';
import { focusRing } from '../core/styles.js';
import { token } from '../core/tokens.js';

/**
 * A large circle (GOV.UK: 40 px) drawn beside the label. The native radio lies invisibly on top of
 * it, so clicks, forced colours and the accessibility tree stay native; label and hint widen the
 * click target.
 */
export const radioStyles = css`
  :host {
    display: block;
    --_box: calc(${token('target-min')} - ${token('space-xs')});
  }
  [hidden] {
    display: none !important;
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
    position: relative;
    color: ${token('color-text-default')};
    background: ${token('field-background')};
    border: ${token('border-width-control')} solid ${token('field-border-color')};
    border-radius: 50%;
    transition: box-shadow ${token('duration-fast')};
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
    /* One line of text sits in the middle of the circle; more lines flow down from there. */
    padding-block: calc((var(--_box) - 1lh) / 2);
    cursor: pointer;
    color: ${token('color-text-default')};
  }
  .native:disabled ~ .choice-label {
    color: ${token('color-disabled-text')};
    cursor: not-allowed;
  }
  .hint {
    grid-column: 2;
    grid-row: 2;
    color: ${token('color-text-muted')};
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
