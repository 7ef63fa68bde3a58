import {
  borderWidthControl,
  colorActionPrimaryBackground,
  colorActionPrimaryBackgroundActive,
  colorActionPrimaryBackgroundHover,
  colorActionPrimaryText,
  colorActionSecondaryBackground,
  colorActionSecondaryBackgroundHover,
  colorActionSecondaryBorder,
  colorActionSecondaryText,
  colorDisabledBackground,
  colorDisabledBorder,
  colorDisabledText,
  colorFeedbackErrorText,
  colorSurfaceDefault,
  colorTextLink,
  durationFast,
  durationMedium,
  fontSizeBody,
  fontSizeLarge,
  fontWeightBold,
  lineHeightHeading,
  radiusControl,
  space2xs,
  space3xs,
  spaceMd,
  spaceXs,
  targetMin,
} from '@blaupause/tokens/vars';
import { css } from '../core/tokens.js';
import { focusRing } from '../core/styles.js';

export const buttonStyles = [
  css`
    :host {
      display: inline-block;
      max-inline-size: 100%;
      vertical-align: middle;
    }
    [hidden] {
      display: none !important;
    }
    .base {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: ${spaceXs};
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: ${targetMin};
      min-inline-size: ${targetMin};
      margin: 0;
      padding-block: ${space2xs};
      padding-inline: ${spaceMd};
      font: inherit;
      font-weight: ${fontWeightBold};
      line-height: ${lineHeightHeading};
      text-align: center;
      text-decoration: none;
      border: ${borderWidthControl} solid transparent;
      border-radius: ${radiusControl};
      cursor: pointer;
      transition:
        background-color ${durationFast},
        border-color ${durationFast};
    }
    .base:focus-visible {
      ${focusRing}
    }
    .icon {
      display: inline-flex;
      flex: none;
    }
    ::slotted(svg) {
      inline-size: ${fontSizeLarge};
      block-size: ${fontSizeLarge};
    }
    .icon-only {
      padding-inline: ${spaceXs};
    }

    .primary {
      color: ${colorActionPrimaryText};
      background: ${colorActionPrimaryBackground};
      border-color: ${colorActionPrimaryBackground};
    }
    .primary:hover {
      background: ${colorActionPrimaryBackgroundHover};
      border-color: ${colorActionPrimaryBackgroundHover};
    }
    .primary:active {
      background: ${colorActionPrimaryBackgroundActive};
      border-color: ${colorActionPrimaryBackgroundActive};
    }

    .secondary {
      color: ${colorActionSecondaryText};
      background: ${colorActionSecondaryBackground};
      border-color: ${colorActionSecondaryBorder};
    }
    .secondary:hover,
    .secondary:active {
      background: ${colorActionSecondaryBackgroundHover};
    }

    /* Looks like a link but stays a button: underlined, in the link colour. */
    .tertiary {
      color: ${colorTextLink};
      background: transparent;
      text-decoration: underline;
      text-underline-offset: ${space3xs};
    }
    .tertiary:hover {
      text-decoration-thickness: ${borderWidthControl};
    }

    /* Destructive actions: the error colour, and words that say what is destroyed. */
    .danger {
      color: ${colorSurfaceDefault};
      background: ${colorFeedbackErrorText};
      border-color: ${colorFeedbackErrorText};
    }
    .danger:hover {
      text-decoration: underline;
      text-underline-offset: ${space3xs};
    }

    .base:disabled {
      color: ${colorDisabledText};
      background: ${colorDisabledBackground};
      border-color: ${colorDisabledBorder};
      text-decoration: none;
      cursor: not-allowed;
    }
    .busy {
      cursor: progress;
    }
    .spinner {
      flex: none;
      inline-size: ${fontSizeBody};
      block-size: ${fontSizeBody};
      border: ${borderWidthControl} solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: bp-button-spin calc(4 * ${durationMedium}) linear infinite;
    }
    @keyframes bp-button-spin {
      to {
        transform: rotate(1turn);
      }
    }

    @media (forced-colors: active) {
      .base {
        border-color: ButtonText;
      }
      a.base {
        border-color: LinkText;
      }
      .base:disabled {
        color: GrayText;
        border-color: GrayText;
      }
      .base:focus-visible {
        outline-color: Highlight;
      }
      .spinner {
        border-color: currentColor;
        border-inline-end-color: transparent;
      }
    }
  `,
];
