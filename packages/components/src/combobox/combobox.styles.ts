import {
  borderWidthControl,
  borderWidthError,
  colorActionPrimaryBackground,
  colorActionPrimaryText,
  colorActionSecondaryBackgroundHover,
  colorActionSecondaryText,
  colorBorderInput,
  colorSurfaceRaised,
  colorTextDefault,
  fontSizeSmall,
  radiusControl,
  space2xs,
  space3xs,
  spaceXs,
  targetMin,
} from '@blaupause/tokens/vars';
import { css } from '../core/tokens.js';

/** The popup under the field: listbox, options and status line. */
export const comboboxStyles = css`
  .base {
    position: relative;
  }
  .popup {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    inset-block-start: calc(100% + ${space3xs});
    color: ${colorTextDefault};
    background: ${colorSurfaceRaised};
    border: ${borderWidthControl} solid ${colorBorderInput};
    border-radius: ${radiusControl};
  }
  /* The listbox itself scrolls: a combobox popup needs no focus of its own (the arrow keys move
     through it from the field, and the active option is scrolled into view). */
  .listbox {
    list-style: none;
    margin: 0;
    padding: 0;
    max-block-size: calc(6.5 * ${targetMin});
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  /* Every option is a full-height target (WCAG 2.5.8); the active one gets a bar at its start, so
     it is marked by more than colour, without a transparent border that forced colours would show. */
  .option {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-block-size: ${targetMin};
    padding-block: ${space2xs};
    padding-inline: calc(${spaceXs} + ${borderWidthError}) ${spaceXs};
    cursor: pointer;
  }
  .option:hover {
    color: ${colorActionSecondaryText};
    background: ${colorActionSecondaryBackgroundHover};
  }
  .option[aria-selected='true'] {
    padding-inline-start: ${spaceXs};
    color: ${colorActionPrimaryText};
    background: ${colorActionPrimaryBackground};
    border-inline-start: ${borderWidthError} solid currentColor;
  }
  .description {
    font-size: ${fontSizeSmall};
  }
  .status {
    margin: 0;
    padding-block: ${spaceXs};
    padding-inline: ${spaceXs};
  }
  @media (forced-colors: active) {
    .popup {
      border-color: CanvasText;
    }
    .option[aria-selected='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-inline-start-color: HighlightText;
    }
  }
`;
