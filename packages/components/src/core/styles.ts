import {
  colorFocusHalo,
  colorFocusRing,
  colorTextDefault,
  focusOffset,
  focusWidth,
  fontFamilyBase,
  fontSizeBody,
  lineHeightBody,
} from '@blaupause/tokens/vars';
import { css } from './tokens.js';

/** Base styles every Blaupause element shares. */
export const hostStyles = css`
  :host {
    box-sizing: border-box;
    font-family: ${fontFamilyBase};
    font-size: ${fontSizeBody};
    line-height: ${lineHeightBody};
    color: ${colorTextDefault};
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Motion only where the user has not asked for less: state changes stay, instantly. */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition-duration: 0s !important;
      animation-duration: 0s !important;
      animation-iteration-count: 1 !important;
    }
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important; /* bp-allow-literal: visually-hidden technique, not a design size */
    block-size: 1px !important; /* bp-allow-literal: visually-hidden technique */
    margin: -1px !important; /* bp-allow-literal: visually-hidden technique */
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
`;

/**
 * The focus indicator: a thick dark outline with a light halo, visible on light and dark
 * backgrounds (WCAG 2.4.7, 2.4.13). In forced-colors mode the system `Highlight` colour is used.
 */
export const focusRing = css`
  outline: ${focusWidth} solid ${colorFocusRing};
  outline-offset: ${focusOffset};
  box-shadow: 0 0 0 calc(${focusOffset} + ${focusWidth}) ${colorFocusHalo};
`;
