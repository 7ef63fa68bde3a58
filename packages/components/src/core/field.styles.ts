import {
  borderWidthControl,
  borderWidthError,
  colorDisabledBackground,
  colorDisabledBorder,
  colorDisabledText,
  colorFeedbackErrorBorder,
  colorFeedbackErrorText,
  colorFeedbackInfoText,
  colorFeedbackWarningText,
  colorSurfaceSubtle,
  colorTextDefault,
  colorTextMuted,
  durationFast,
  fieldBackground,
  fieldBorderColor,
  fontWeightBold,
  fontWeightRegular,
  radiusControl,
  space2xs,
  spaceLg,
  spaceSm,
  spaceXs,
  targetMin,
} from '@blaupause/tokens/vars';
import { css } from './tokens.js';
import { focusRing } from './styles.js';

/**
 * Label, hint, messages and the native input box, shared by every field-like control so all of
 * them look and behave alike (GOV.UK order: label, hint, error, field).
 */
export const fieldStyles = css`
  :host {
    display: block;
    margin-block-end: ${spaceLg};
  }
  [hidden] {
    display: none !important;
  }
  .form-control.has-error {
    padding-inline-start: ${spaceSm};
    border-inline-start: ${borderWidthError} solid ${colorFeedbackErrorBorder};
  }
  .label {
    display: block;
    margin-block-end: ${space2xs};
    font-weight: ${fontWeightBold};
    color: ${colorTextDefault};
  }
  .marker {
    margin-inline-start: ${space2xs};
    font-weight: ${fontWeightRegular};
  }
  .hint {
    margin-block-end: ${spaceXs};
    color: ${colorTextMuted};
  }
  .error,
  .advice p {
    margin-block: 0 ${spaceXs};
    font-weight: ${fontWeightBold};
  }
  .error {
    color: ${colorFeedbackErrorText};
  }
  .advice-warning {
    color: ${colorFeedbackWarningText};
  }
  .advice-info {
    color: ${colorFeedbackInfoText};
  }
  .input {
    font: inherit;
    color: ${colorTextDefault};
    background: ${fieldBackground};
    border: ${borderWidthControl} solid ${fieldBorderColor};
    border-radius: ${radiusControl};
    min-block-size: ${targetMin};
    padding-block: ${space2xs};
    padding-inline: ${spaceXs};
    inline-size: 100%;
    margin: 0;
    transition:
      border-color ${durationFast},
      box-shadow ${durationFast};
  }
  .input:focus-visible,
  .input:focus {
    ${focusRing}
  }
  .has-error .input {
    border-color: ${colorFeedbackErrorBorder};
  }
  .input:disabled {
    color: ${colorDisabledText};
    background: ${colorDisabledBackground};
    border-color: ${colorDisabledBorder};
    cursor: not-allowed;
  }
  .input[readonly] {
    background: ${colorSurfaceSubtle};
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
