import { css } from 'lit';
import { focusRing } from './styles.js';
import { token } from './tokens.js';

/**
 * Label, hint, messages and the native input box, shared by every field-like control so all of
 * them look and behave alike (GOV.UK order: label, hint, error, field).
 */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-lg')};
  }
  [hidden] {
    display: none !important;
  }
  .form-control.has-error {
    padding-inline-start: ${token('space-sm')};
    border-inline-start: ${token('border-width-error')} solid ${token('color-feedback-error-border')};
  }
  .label {
    display: block;
    margin-block-end: ${token('space-2xs')};
    font-weight: ${token('font-weight-bold')};
    color: ${token('color-text-default')};
  }
  .marker {
    margin-inline-start: ${token('space-2xs')};
    font-weight: ${token('font-weight-regular')};
  }
  .hint {
    margin-block-end: ${token('space-xs')};
    color: ${token('color-text-muted')};
  }
  .error,
  .advice p {
    margin-block: 0 ${token('space-xs')};
    font-weight: ${token('font-weight-bold')};
  }
  .error {
    color: ${token('color-feedback-error-text')};
  }
  .advice-warning {
    color: ${token('color-feedback-warning-text')};
  }
  .advice-info {
    color: ${token('color-feedback-info-text')};
  }
  .input {
    font: inherit;
    color: ${token('color-text-default')};
    background: ${token('field-background')};
    border: ${token('border-width-control')} solid ${token('field-border-color')};
    border-radius: ${token('radius-control')};
    min-block-size: ${token('target-min')};
    padding-block: ${token('space-2xs')};
    padding-inline: ${token('space-xs')};
    inline-size: 100%;
    margin: 0;
    transition:
      border-color ${token('duration-fast')},
      box-shadow ${token('duration-fast')};
  }
  .input:focus-visible,
  .input:focus {
    ${focusRing}
  }
  .has-error .input {
    border-color: ${token('color-feedback-error-border')};
  }
  .input:disabled {
    color: ${token('color-disabled-text')};
    background: ${token('color-disabled-background')};
    border-color: ${token('color-disabled-border')};
    cursor: not-allowed;
  }
  .input[readonly] {
    background: ${token('color-surface-subtle')};
  }
  @media (forced-colors: active) {
    .input {
      border-color: CanvasText;
    }
    .input:disabled {
      border-color: GrayText;
      color: GrayText;
    }
    .input:focus {
      outline-color: Highlight;
    }
    .form-control.has-error {
      border-inline-start-color: CanvasText;
    }
  }
`;
