import {
  borderWidthError,
  colorFeedbackErrorBorder,
  colorFeedbackErrorText,
  colorFeedbackInfoText,
  colorFeedbackWarningText,
  colorTextDefault,
  colorTextMuted,
  fontSizeBody,
  fontSizeHeadingLarge,
  fontWeightBold,
  fontWeightRegular,
  lineHeightHeading,
  space2xs,
  spaceLg,
  spaceSm,
  spaceXs,
} from '@blaupause/tokens/vars';
import { css } from './tokens.js';

/**
 * Legend, group hint and group error, shared by every control that groups others under a
 * `<fieldset>` (`bp-radio-group`, `bp-fieldset`), in GOV.UK's order: legend, hint, error, items.
 * A group with an error gets the same thick bar at its inline start as a field (`field.styles.ts`).
 */
export const groupStyles = css`
  :host {
    display: block;
    margin-block-end: ${spaceLg};
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
    padding-inline-start: ${spaceSm};
    border-inline-start: ${borderWidthError} solid ${colorFeedbackErrorBorder};
  }
  .legend {
    /* A legend wraps like normal text and takes the full width (GOV.UK: display: table). */
    display: table;
    box-sizing: border-box;
    max-inline-size: 100%;
    padding: 0;
    margin-block-end: ${space2xs};
    font-weight: ${fontWeightBold};
    color: ${colorTextDefault};
    white-space: normal;
  }
  .legend-heading {
    margin: 0;
    font: inherit;
  }
  .legend.is-heading {
    margin-block-end: ${spaceXs};
    font-size: ${fontSizeHeadingLarge};
    line-height: ${lineHeightHeading};
  }
  .marker {
    margin-inline-start: ${space2xs};
    font-weight: ${fontWeightRegular};
    font-size: ${fontSizeBody};
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
  @media (forced-colors: active) {
    .fieldset.has-error {
      border-inline-start-color: CanvasText;
    }
  }
`;
