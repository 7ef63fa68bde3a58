import {
  borderWidthControl,
  borderWidthError,
  colorActionPrimaryBackground,
  colorActionPrimaryBackgroundActive,
  colorActionPrimaryBackgroundHover,
  colorActionPrimaryText,
  colorActionSecondaryBackground,
  colorActionSecondaryBackgroundHover,
  colorActionSecondaryBorder,
  colorActionSecondaryText,
  colorBorderDefault,
  colorBorderStrong,
  colorDisabledBackground,
  colorDisabledBorder,
  colorDisabledText,
  colorFeedbackErrorBackground,
  colorFeedbackErrorBorder,
  colorFeedbackErrorText,
  colorFeedbackWarningText,
  colorFeedbackSuccessText,
  colorFeedbackInfoText,
  colorFeedbackInfoBackground,
  colorFeedbackInfoBorder,
  colorFeedbackSuccessBackground,
  colorFeedbackSuccessBorder,
  colorFeedbackWarningBackground,
  colorFeedbackWarningBorder,
  colorSurfaceDefault,
  colorSurfaceSubtle,
  colorTextDefault,
  colorTextMuted,
  durationFast,
  durationMedium,
  fontFamilyMono,
  fontSizeBody,
  fontSizeHeadingMedium,
  fontWeightBold,
  fontWeightRegular,
  lineHeightHeading,
  radiusControl,
  space2xs,
  spaceLg,
  spaceMd,
  spaceSm,
  spaceXs,
  targetMin,
} from '@blaupause/tokens/vars';
import { css } from '../core/tokens.js';
import { focusRing } from '../core/styles.js';

/**
 * The step's own layout on top of the shared host, field, group and choice styles: the fee summary,
 * the method radios (circle and dot as `bp-radio` draws them), the chosen method's details, the
 * notices, the pay button (as `bp-button`'s primary variant) and the result box.
 */
export const paymentStepStyles = css`
  :host {
    display: block;
    margin-block-end: ${spaceLg};
  }
  .step > * + * {
    margin-block-start: ${spaceMd};
  }
  .fees-title,
  .detail-title {
    margin-block: 0 ${spaceXs};
    font-weight: ${fontWeightBold};
  }
  .summary,
  .data {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    column-gap: ${spaceMd};
    row-gap: ${space2xs};
    margin: 0;
  }
  .data .row {
    display: contents;
  }
  dt {
    grid-column: 1;
    color: ${colorTextMuted};
  }
  dd {
    grid-column: 2;
    margin: 0;
    overflow-wrap: anywhere;
    text-align: start;
  }
  .amount {
    font-variant-numeric: tabular-nums;
  }
  .summary .total {
    padding-block-start: ${space2xs};
    border-block-start: ${borderWidthControl} solid ${colorBorderStrong};
    color: ${colorTextDefault};
    font-weight: ${fontWeightBold};
  }
  .iban {
    font-family: ${fontFamilyMono};
  }

  /* Messages: a bar at the inline start and a tint; the words carry the meaning, not the colour. */
  .config-error,
  .external,
  .start-error {
    margin-inline: 0;
    padding-block: ${spaceXs};
    padding-inline: ${spaceSm};
    border-inline-start: ${borderWidthError} solid ${colorFeedbackInfoBorder};
    background: ${colorFeedbackInfoBackground};
    color: ${colorFeedbackInfoText};
    font-weight: ${fontWeightRegular};
  }
  .config-error,
  .start-error {
    border-inline-start-color: ${colorFeedbackErrorBorder};
    background: ${colorFeedbackErrorBackground};
    color: ${colorFeedbackErrorText};
    font-weight: ${fontWeightBold};
  }

  .methods .method + .method,
  .methods .detail + .method {
    margin-block-start: ${spaceSm};
  }
  .method .control {
    position: relative;
    border-radius: 50%;
  }
  /* The dot is a border, so forced-colors mode keeps it (backgrounds are replaced there). */
  .method .control::after {
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
  .method .native:checked + .control::after {
    opacity: 1;
  }
  .consent .control {
    display: grid;
    place-items: center;
  }
  .consent .tick {
    inline-size: 80%;
    block-size: 80%;
    visibility: hidden;
  }
  .consent .native:checked + .control .tick {
    visibility: visible;
  }
  .detail {
    margin-block: ${spaceSm} 0;
    margin-inline-start: calc(var(--_box) / 2 - ${borderWidthError} / 2);
    padding-inline-start: calc(var(--_box) / 2 + ${spaceXs});
    border-inline-start: ${borderWidthError} solid ${colorBorderDefault};
  }
  .detail > * + * {
    margin-block-start: ${spaceSm};
  }
  .detail p {
    margin-block: 0;
  }
  .field .input {
    max-inline-size: calc(34 * ${fontSizeBody});
  }
  .field .input.iban-input {
    max-inline-size: calc(22 * ${fontSizeBody});
  }
  .field.has-error {
    padding-inline-start: ${spaceSm};
    border-inline-start: ${borderWidthError} solid ${colorFeedbackErrorBorder};
  }
  .mandate {
    padding: ${spaceSm};
    background: ${colorSurfaceSubtle};
    border: ${borderWidthControl} solid ${colorBorderDefault};
    border-radius: ${radiusControl};
  }
  .mandate > * + * {
    margin-block-start: ${spaceXs};
  }
  .mandate-text {
    margin: 0;
  }
  .consent-field.has-error {
    padding-inline-start: ${spaceSm};
    border-inline-start: ${borderWidthError} solid ${colorFeedbackErrorBorder};
  }

  .girocode {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: ${spaceSm};
    margin: 0;
  }
  .qr {
    display: block;
    flex: none;
    inline-size: calc(5 * ${targetMin});
    block-size: calc(5 * ${targetMin});
    padding: ${spaceXs};
    /* Dark modules on a light ground, as scanners expect; the theme's text and surface colours. */
    color: ${colorTextDefault};
    background: ${colorSurfaceDefault};
    border: ${borderWidthControl} solid ${colorBorderDefault};
    shape-rendering: crispEdges;
  }
  .qr path {
    fill: currentColor;
  }
  .girocode figcaption {
    flex: 1 1 calc(12 * ${fontSizeBody});
    color: ${colorTextMuted};
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${spaceSm};
  }
  .pay,
  .secondary {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${spaceXs};
    min-block-size: ${targetMin};
    min-inline-size: ${targetMin};
    margin: 0;
    padding-block: ${space2xs};
    padding-inline: ${spaceMd};
    font: inherit;
    font-weight: ${fontWeightBold};
    line-height: ${lineHeightHeading};
    text-decoration: none;
    border: ${borderWidthControl} solid transparent;
    border-radius: ${radiusControl};
    cursor: pointer;
    transition:
      background-color ${durationFast},
      border-color ${durationFast};
  }
  .pay {
    color: ${colorActionPrimaryText};
    background: ${colorActionPrimaryBackground};
    border-color: ${colorActionPrimaryBackground};
  }
  .pay:hover {
    background: ${colorActionPrimaryBackgroundHover};
    border-color: ${colorActionPrimaryBackgroundHover};
  }
  .pay:active {
    background: ${colorActionPrimaryBackgroundActive};
  }
  .secondary {
    color: ${colorActionSecondaryText};
    background: ${colorActionSecondaryBackground};
    border-color: ${colorActionSecondaryBorder};
  }
  .secondary:hover {
    background: ${colorActionSecondaryBackgroundHover};
  }
  .pay:focus-visible,
  .secondary:focus-visible,
  .result-heading:focus-visible {
    ${focusRing}
  }
  .pay:disabled {
    color: ${colorDisabledText};
    background: ${colorDisabledBackground};
    border-color: ${colorDisabledBorder};
    cursor: not-allowed;
  }
  .pay.busy {
    cursor: progress;
  }
  .spinner {
    flex: none;
    inline-size: ${fontSizeBody};
    block-size: ${fontSizeBody};
    border: ${borderWidthControl} solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: bp-payment-spin calc(4 * ${durationMedium}) linear infinite;
  }
  @keyframes bp-payment-spin {
    to {
      transform: rotate(1turn);
    }
  }

  .result {
    padding: ${spaceMd};
    border: ${borderWidthControl} solid ${colorBorderStrong};
    border-inline-start-width: calc(2 * ${borderWidthError});
    border-radius: ${radiusControl};
  }
  .result > * + * {
    margin-block-start: ${spaceSm};
  }
  .result p {
    margin-block-end: 0;
  }
  /* Each state's text colour on its own tint: pairs the contrast gate checks in every theme. */
  .result.PAYED {
    color: ${colorFeedbackSuccessText};
    border-color: ${colorFeedbackSuccessBorder};
    background: ${colorFeedbackSuccessBackground};
  }
  .result.FAILED,
  .result.unavailable,
  .result.unknown {
    color: ${colorFeedbackErrorText};
    border-color: ${colorFeedbackErrorBorder};
    background: ${colorFeedbackErrorBackground};
  }
  .result.CANCELED,
  .result.INITIAL {
    color: ${colorFeedbackWarningText};
    border-color: ${colorFeedbackWarningBorder};
    background: ${colorFeedbackWarningBackground};
  }
  .result-heading {
    margin: 0;
    font-size: ${fontSizeHeadingMedium};
    line-height: ${lineHeightHeading};
  }

  @media (forced-colors: active) {
    .pay,
    .secondary {
      border-color: ButtonText;
    }
    .pay:disabled {
      color: GrayText;
      border-color: GrayText;
    }
    .pay:focus-visible,
    .secondary:focus-visible,
    .result-heading:focus-visible {
      outline-color: Highlight;
    }
    .config-error,
    .external,
    .start-error,
    .result,
    .field.has-error,
    .consent-field.has-error,
    .detail {
      border-color: CanvasText;
    }
    .qr {
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
    }
  }
`;
