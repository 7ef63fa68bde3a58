import { css } from 'lit';
import { token } from './tokens.js';

/**
 * Legend, group hint and group error, shared by every control that groups others under a
 * `<fieldset>` (`bp-radio-group`, `bp-fieldset`), in GOV.UK's order: legend, hint, error, items.
 * A group with an error gets the same thick bar at its inline start as a field (`field.styles.ts`).
 */
export const groupStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-lg')};
  }
  [hidden] {
    display: none !important;
  }
  .fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .fieldset.has-error {
    padding-inline-start: ${token('space-sm')};
    border-inline-start: ${token('border-width-error')} solid ${token('color-feedback-error-border')};
  }
  .legend {
    /* A legend wraps like normal text and takes the full width (GOV.UK: display: table). */
    display: table;
    box-sizing: border-box;
    max-inline-size: 100%;
    padding: 0;
    margin-block-end: ${token('space-2xs')};
    font-weight: ${token('font-weight-bold')};
    color: ${token('color-text-default')};
    white-space: normal;
  }
  .legend-heading {
    margin: 0;
    font: inherit;
  }
  .legend.is-heading {
    margin-block-end: ${token('space-xs')};
    font-size: ${token('font-size-heading-large')};
    line-height: ${token('line-height-heading')};
  }
  .marker {
    margin-inline-start: ${token('space-2xs')};
    font-weight: ${token('font-weight-regular')};
    font-size: ${token('font-size-body')};
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
  @media (forced-colors: active) {
    .fieldset.has-error {
      border-inline-start-color: CanvasText;
    }
  }
`;
