import {
  borderWidthControl,
  borderWidthError,
  colorActionPrimaryBackground,
  colorActionPrimaryBackgroundHover,
  colorActionPrimaryText,
  colorActionSecondaryBackground,
  colorActionSecondaryBackgroundHover,
  colorActionSecondaryBorder,
  colorActionSecondaryText,
  colorBorderStrong,
  colorDisabledBackground,
  colorDisabledBorder,
  colorDisabledText,
  colorFeedbackInfoBackground,
  colorFeedbackInfoBorder,
  colorFeedbackSuccessText,
  colorSurfaceSubtle,
  colorTextMuted,
  fontSizeSmall,
  fontWeightBold,
  radiusControl,
  space2xs,
  spaceMd,
  spaceSm,
  spaceXs,
  targetMin,
} from '@blaupause/tokens/vars';
import { css } from '../core/tokens.js';
import { focusRing } from '../core/styles.js';

/**
 * The upload's layout: notice, one block per slot (a dashed drop zone holding its label, messages, the
 * two buttons, the file list), consent. Everything wraps on narrow screens (WCAG 1.4.10).
 */
export const idUploadStyles = css`
  .group {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  .label {
    padding: 0;
  }
  .notice {
    margin-block-end: ${spaceMd};
    padding: ${spaceSm};
    border-inline-start: ${borderWidthError} solid ${colorFeedbackInfoBorder};
    background: ${colorFeedbackInfoBackground};
  }
  .notice p {
    margin: 0;
  }
  .notice-title,
  .slot-label {
    font-weight: ${fontWeightBold};
  }
  .notice .notice-title {
    margin-block-end: ${space2xs};
  }
  .slot {
    margin-block-end: ${spaceMd};
  }
  .slot-label {
    margin-block: 0 ${space2xs};
  }
  .error p {
    margin: 0;
  }
  .error:focus-visible,
  .error:focus {
    ${focusRing}
  }
  /* A slot is its own drop zone: label, messages, the buttons with the drop text after them, files. */
  .drop {
    padding: ${spaceSm};
    border: ${borderWidthControl} dashed ${colorBorderStrong};
    border-radius: ${radiusControl};
    background: ${colorSurfaceSubtle};
  }
  .drop.over {
    border-style: solid;
    border-width: ${borderWidthError};
  }
  .drop > .button {
    margin-block: ${space2xs};
    margin-inline-end: ${spaceXs};
  }
  .button {
    min-block-size: ${targetMin};
    min-inline-size: ${targetMin};
    padding-block: ${space2xs};
    padding-inline: ${spaceSm};
    font: inherit;
    font-weight: ${fontWeightBold};
    color: ${colorActionSecondaryText};
    background: ${colorActionSecondaryBackground};
    border: ${borderWidthControl} solid ${colorActionSecondaryBorder};
    border-radius: ${radiusControl};
    cursor: pointer;
  }
  .button:hover {
    background: ${colorActionSecondaryBackgroundHover};
  }
  .button.primary {
    color: ${colorActionPrimaryText};
    background: ${colorActionPrimaryBackground};
    border-color: ${colorActionPrimaryBackground};
  }
  .button.primary:hover {
    background: ${colorActionPrimaryBackgroundHover};
  }
  .button:focus-visible {
    ${focusRing}
  }
  .button:disabled,
  .button[aria-disabled='true'] {
    color: ${colorDisabledText};
    background: ${colorDisabledBackground};
    border-color: ${colorDisabledBorder};
    cursor: not-allowed;
  }
  .files {
    margin: ${spaceSm} 0 0;
    padding: 0;
    list-style: none;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    gap: ${spaceSm};
    align-items: flex-start;
    padding-block: ${spaceXs};
    border-block-end: ${borderWidthControl} solid ${colorBorderStrong};
  }
  .thumbnail {
    flex: none;
    inline-size: calc(2 * ${targetMin});
    block-size: calc(2 * ${targetMin});
    object-fit: contain;
    background: ${colorSurfaceSubtle};
  }
  .kind {
    display: grid;
    place-items: center;
    font-weight: ${fontWeightBold};
    border: ${borderWidthControl} solid ${colorBorderStrong};
  }
  .file-body {
    display: flex;
    flex: 1 1 calc(30 * 1ex);
    flex-direction: column;
    gap: ${space2xs};
    min-inline-size: 0;
  }
  .name {
    font-weight: ${fontWeightBold};
    overflow-wrap: anywhere;
  }
  .meta,
  .note {
    font-size: ${fontSizeSmall};
    color: ${colorTextMuted};
  }
  .status-done {
    color: ${colorFeedbackSuccessText};
  }
  progress {
    inline-size: 100%;
    accent-color: ${colorActionPrimaryBackground};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${spaceXs};
  }
  .consent {
    margin-block-end: ${spaceMd};
  }
  .consent .control {
    display: grid;
    place-items: center;
  }
  /* The tick, drawn as bp-address-input draws its own. */
  .consent .native:checked + .control::after {
    content: '';
    inline-size: 55%;
    block-size: 28%;
    margin-block-start: -15%;
    border: solid currentColor;
    border-width: 0 0 ${borderWidthError} ${borderWidthError};
    transform: rotate(-45deg);
  }
  @media (forced-colors: active) {
    .drop,
    .button,
    .notice {
      border-color: CanvasText;
    }
    .button:disabled,
    .button[aria-disabled='true'] {
      color: GrayText;
      border-color: GrayText;
    }
    .button:focus-visible,
    .error:focus {
      outline-color: Highlight;
    }
  }
`;
