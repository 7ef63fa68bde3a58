import {
  borderWidthControl,
  borderWidthError,
  colorBorderInput,
  colorBorderStrong,
  colorFeedbackErrorBackground,
  colorFeedbackErrorBorder,
  colorFeedbackErrorText,
  colorFeedbackInfoBackground,
  colorFeedbackInfoBorder,
  colorFeedbackInfoText,
  colorFeedbackSuccessBackground,
  colorFeedbackSuccessBorder,
  colorFeedbackSuccessText,
  colorFeedbackWarningBackground,
  colorFeedbackWarningBorder,
  colorFeedbackWarningText,
  colorSurfaceDefault,
  colorSurfaceSubtle,
  colorTextDefault,
  fontSizeHeadingMedium,
  fontSizeHeadingSmall,
  fontSizeLarge,
  fontWeightBold,
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
 * Every colour pair here is one the contrast gate checks: text on the page surface, the severity
 * colour on its tinted background (icon column), the severity border against the page.
 */
export const noticeStyles = css`
  :host {
    display: block;
    margin-block-end: ${spaceLg};
  }
  [hidden] {
    display: none !important;
  }
  .notice {
    display: flex;
    align-items: stretch;
    color: ${colorTextDefault};
    background: ${colorSurfaceDefault};
    border: ${borderWidthControl} solid ${colorBorderStrong};
    border-inline-start-width: calc(2 * ${borderWidthError});
    border-radius: ${radiusControl};
  }
  .icon {
    display: flex;
    flex: none;
    justify-content: center;
    padding-block: ${spaceSm};
    padding-inline: ${spaceXs};
  }
  .icon svg {
    inline-size: ${fontSizeHeadingMedium};
    block-size: ${fontSizeHeadingMedium};
  }
  .message {
    flex: 1 1 auto;
    min-inline-size: 0;
    padding-block: ${spaceSm};
    padding-inline: ${spaceSm} ${spaceMd};
  }
  .message:focus {
    outline: none;
  }
  .message:focus-visible {
    ${focusRing}
  }
  .heading {
    margin-block: 0 ${space2xs};
    font-size: ${fontSizeLarge};
    font-weight: ${fontWeightBold};
    line-height: ${lineHeightHeading};
  }
  .heading.slotted ::slotted(*) {
    margin: 0;
    font-size: inherit;
    line-height: inherit;
  }
  .content ::slotted(:first-child) {
    margin-block-start: 0;
  }
  .content ::slotted(:last-child) {
    margin-block-end: 0;
  }
  .dismiss {
    display: inline-grid;
    flex: none;
    place-items: center;
    align-self: start;
    min-inline-size: ${targetMin};
    min-block-size: ${targetMin};
    margin: ${space2xs};
    padding: 0;
    color: ${colorTextDefault};
    background: transparent;
    border: ${borderWidthControl} solid transparent;
    border-radius: ${radiusControl};
    cursor: pointer;
  }
  .dismiss svg {
    inline-size: ${fontSizeHeadingSmall};
    block-size: ${fontSizeHeadingSmall};
  }
  .dismiss:hover {
    background: ${colorSurfaceSubtle};
    border-color: ${colorBorderInput};
  }
  .dismiss:focus-visible {
    ${focusRing}
  }

  .info {
    border-color: ${colorFeedbackInfoBorder};
  }
  .info .icon {
    color: ${colorFeedbackInfoText};
    background: ${colorFeedbackInfoBackground};
  }
  .success {
    border-color: ${colorFeedbackSuccessBorder};
  }
  .success .icon {
    color: ${colorFeedbackSuccessText};
    background: ${colorFeedbackSuccessBackground};
  }
  .warning {
    border-color: ${colorFeedbackWarningBorder};
  }
  .warning .icon {
    color: ${colorFeedbackWarningText};
    background: ${colorFeedbackWarningBackground};
  }
  .error {
    border-color: ${colorFeedbackErrorBorder};
  }
  .error .icon {
    color: ${colorFeedbackErrorText};
    background: ${colorFeedbackErrorBackground};
  }

  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
    }
    .dismiss {
      color: ButtonText;
      border-color: ButtonText;
    }
    .message:focus-visible,
    .dismiss:focus-visible {
      outline-color: Highlight;
    }
  }
`;
