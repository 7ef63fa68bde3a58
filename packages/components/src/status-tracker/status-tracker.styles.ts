import {
  borderWidthControl,
  colorActionSecondaryBackground,
  colorActionSecondaryBorder,
  colorActionSecondaryText,
  colorBorderDefault,
  colorFeedbackWarningBackground,
  colorFeedbackWarningBorder,
  colorStatusAttentionBackground,
  colorStatusAttentionText,
  colorStatusErrorBackground,
  colorStatusErrorText,
  colorStatusNeutralBackground,
  colorStatusNeutralText,
  colorStatusProgressBackground,
  colorStatusProgressText,
  colorStatusSuccessBackground,
  colorStatusSuccessText,
  colorTextLink,
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
 * Vertical by default; horizontal when the element's own box is wide and the steps are few (a
 * container query, so it follows the column it sits in, not the window). The state of each step
 * is said in text; colour and the marker's sign only repeat it.
 */
export const statusTrackerStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  p {
    margin-block: 0 ${spaceSm};
  }
  button {
    min-block-size: ${targetMin};
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
  a {
    color: ${colorTextLink};
    font-weight: ${fontWeightBold};
  }
  button:focus-visible,
  a:focus-visible {
    ${focusRing}
  }
  .copied {
    margin-inline-start: ${spaceXs};
    font-weight: ${fontWeightBold};
  }
  ol {
    display: grid;
    margin: 0 0 ${spaceMd};
    padding: 0;
    list-style: none;
  }
  li {
    position: relative;
    display: grid;
    grid-template-columns: ${targetMin} 1fr;
    column-gap: ${spaceSm};
    align-content: start;
    padding-block-end: ${spaceSm};
  }
  li:last-child {
    padding-block-end: 0;
  }
  /* A long history: steps out of view are not laid out until scrolled near (they stay in the accessibility tree). */
  .many li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(3 * ${targetMin});
  }
  li > :not(.marker) {
    grid-column: 2;
  }
  /* The line to the next step. */
  li:not(:last-child)::after {
    position: absolute;
    inset-block: ${targetMin} 0;
    inset-inline-start: calc(${targetMin} / 2);
    content: '';
    border-inline-start: ${borderWidthControl} solid ${colorBorderDefault};
  }
  .marker {
    grid-row: 1 / span 3;
    display: grid;
    place-items: center;
    inline-size: ${targetMin};
    block-size: ${targetMin};
    font-weight: ${fontWeightBold};
    color: ${colorStatusNeutralText};
    background: ${colorStatusNeutralBackground};
    border: ${borderWidthControl} solid currentColor;
    border-radius: 50%;
  }
  .label {
    font-weight: ${fontWeightBold};
  }
  .state,
  time {
    font-size: ${fontSizeSmall};
    color: ${colorTextMuted};
  }
  .upcoming .label {
    font-weight: inherit;
  }
  .upcoming .marker {
    border-style: dashed;
  }
  .done .marker {
    color: ${colorStatusSuccessText};
    background: ${colorStatusSuccessBackground};
  }
  .current .marker {
    color: ${colorStatusProgressText};
    background: ${colorStatusProgressText};
    box-shadow: inset 0 0 0 calc(2 * ${borderWidthControl}) ${colorStatusProgressBackground};
  }
  .action .marker {
    color: ${colorStatusAttentionText};
    background: ${colorStatusAttentionBackground};
  }
  .problem .marker {
    color: ${colorStatusErrorText};
    background: ${colorStatusErrorBackground};
  }
  .details {
    padding-inline-start: ${spaceSm};
    border-inline-start: calc(2 * ${borderWidthControl}) solid ${colorStatusProgressText};
  }
  .details.action {
    border-color: ${colorStatusAttentionText};
  }
  .details.problem {
    border-color: ${colorStatusErrorText};
  }
  .cta {
    display: grid;
    justify-items: start;
    gap: ${spaceXs};
    margin-block-end: ${spaceSm};
  }
  .hint {
    padding: ${spaceSm};
    background: ${colorFeedbackWarningBackground};
    border-inline-start: calc(2 * ${borderWidthControl}) solid ${colorFeedbackWarningBorder};
  }

  /* prettier-ignore */
  @container (min-width: 45rem) { /* bp-allow-literal: a breakpoint; container queries cannot read custom properties */
    .few {
      grid-auto-columns: minmax(0, 1fr);
      grid-auto-flow: column;
      column-gap: ${spaceSm};
    }
    .few li {
      padding-block-end: 0;
    }
    .few li {
      grid-template-columns: 1fr;
      row-gap: ${space2xs};
    }
    .few li > * {
      grid-column: 1;
    }
    .few .marker {
      grid-row: auto;
    }
    .few li:not(:last-child)::after {
      inset-block: calc(${targetMin} / 2) auto;
      inset-inline: ${targetMin} calc(-1 * ${spaceSm});
      border-block-start: ${borderWidthControl} solid ${colorBorderDefault};
      border-inline-start: 0;
    }
  }

  :host([compact]) li:not([aria-current]),
  :host([compact]) .next,
  :host([compact]) li::after {
    display: none;
  }
  :host([compact]) ol {
    margin-block-end: ${spaceXs};
  }

  @media (forced-colors: active) {
    .marker,
    .current .marker {
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
      box-shadow: none;
    }
    [aria-current] > .marker {
      color: HighlightText;
      background: Highlight;
    }
    li::after,
    .details,
    .hint {
      border-color: CanvasText;
    }
    button:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    button,
    .copied {
      display: none;
    }
    .few {
      grid-auto-flow: row;
    }
    li {
      break-inside: avoid;
    }
    .marker,
    .hint {
      background: none;
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;
