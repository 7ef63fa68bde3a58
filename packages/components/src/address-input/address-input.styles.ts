import {
  borderWidthControl,
  borderWidthError,
  colorBorderDefault,
  colorSurfaceSubtle,
  colorTextMuted,
  fontSizeSmall,
  fontWeightBold,
  radiusControl,
  spaceMd,
  spaceSm,
  spaceXs,
} from '@blaupause/tokens/vars';
import { css } from '../core/tokens.js';

/**
 * The address layout: German convention puts Straße and Hausnummer on one line and PLZ and Ort
 * on the next; the rows wrap on narrow screens (WCAG 1.4.10, 320 px), each field keeping its
 * label above it.
 */
export const addressInputStyles = css`
  .kind {
    margin-block-end: ${spaceMd};
  }
  /* The tick of the Ausland checkbox, drawn as GOV.UK draws its own: two borders of a rotated box
     (no SVG elements per instance). */
  .kind .control {
    display: grid;
    place-items: center;
  }
  .kind .native:checked + .control::after {
    content: '';
    inline-size: 55%;
    block-size: 28%;
    margin-block-start: -15%;
    border: solid currentColor;
    border-width: 0 0 ${borderWidthError} ${borderWidthError};
    transform: rotate(-45deg);
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${spaceMd};
    align-items: flex-start;
  }
  .field {
    display: block;
    margin-block-end: ${spaceMd};
    min-inline-size: 0;
  }
  .grow {
    flex: 1 1 calc(32 * 1ex);
  }
  /* Narrow parts keep a narrow input (the width hints at the answer, GOV.UK) but a wider column,
     so their messages do not wrap word by word. */
  .narrow,
  .plz {
    flex: 1 1 calc(20 * 1ex);
    max-inline-size: calc(36 * 1ex);
  }
  /* Widths in characters, as bp-text-field's: a house number of up to 8, a PLZ of 5 (and a "D-"). */
  .narrow .input {
    max-inline-size: calc(9 * 1ex + 2 * ${spaceXs});
  }
  .plz .input {
    max-inline-size: calc(8 * 1ex + 2 * ${spaceXs});
  }
  .street .field {
    margin-block-end: ${spaceXs};
  }
  .attribution {
    margin-block: 0 ${spaceMd};
    font-size: ${fontSizeSmall};
    color: ${colorTextMuted};
  }
  .attribution a {
    color: inherit;
  }
  .paste-offer {
    margin-block-end: ${spaceMd};
    padding: ${spaceSm};
    border: ${borderWidthControl} solid ${colorBorderDefault};
    border-radius: ${radiusControl};
    background: ${colorSurfaceSubtle};
  }
  .paste-question {
    margin-block: 0 ${spaceXs};
    font-weight: ${fontWeightBold};
  }
  .paste-preview {
    margin-block: 0 ${spaceSm};
  }
  .paste-actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${spaceXs};
  }
  .summary {
    font-style: normal;
  }
`;
