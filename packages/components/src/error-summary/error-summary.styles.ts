import {
  borderWidthError,
  colorFeedbackErrorBorder,
  colorFeedbackErrorText,
  colorSurfaceDefault,
  colorTextDefault,
  fontSizeHeadingSmall,
  fontWeightBold,
  lineHeightHeading,
  space2xs,
  space3xs,
  spaceMd,
  spaceSm,
  spaceXl,
} from '@blaupause/tokens/vars';
import { css } from '../core/tokens.js';
import { focusRing } from '../core/styles.js';

export const errorSummaryStyles = css`
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  .summary {
    margin-block-end: ${spaceXl};
    padding: ${spaceMd};
    color: ${colorTextDefault};
    background: ${colorSurfaceDefault};
    border: ${borderWidthError} solid ${colorFeedbackErrorBorder};
  }
  .summary:focus {
    ${focusRing}
  }
  .heading {
    margin-block: 0 ${spaceSm};
    font-size: ${fontSizeHeadingSmall};
    line-height: ${lineHeightHeading};
    font-weight: ${fontWeightBold};
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li + li {
    margin-block-start: ${space2xs};
  }
  .link {
    /* A line box of its own: the link is at least one line (24 px) high, WCAG 2.5.8. */
    display: inline-block;
    padding-block: ${space3xs};
    font-weight: ${fontWeightBold};
    color: ${colorFeedbackErrorText};
    text-decoration: underline;
  }
  .link:focus-visible {
    ${focusRing}
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    .link {
      color: LinkText;
    }
    .summary:focus,
    .link:focus-visible {
      outline-color: Highlight;
    }
  }
`;
