import { borderWidthControl, colorDisabledText, colorTextDefault, spaceSm, spaceXs } from '@blaupause/tokens/vars';
import { css } from '../core/tokens.js';

/** Room at the end of the select for the arrow. */
const arrowRoom = css`calc(2 * ${spaceSm} + ${spaceXs})`;

/** `width="n"`: room for n characters plus padding and arrow (like bp-text-field's fixed widths). */
const widthRules = [30, 20, 10, 5, 4, 3, 2].map(
  (n) => css`
    :host([width='${n}']) .base {
      inline-size: calc(${n < 10 ? n + 0.5 : n} * 1ex + ${spaceXs} + ${arrowRoom});
    }
  `,
);

export const selectStyles = [
  ...widthRules,
  css`
    .base {
      position: relative;
      max-inline-size: 100%;
      color: ${colorTextDefault};
    }
    /* auto: as wide as the longest option, at least about 23 characters (GOV.UK: 11.5em). */
    :host([width='auto']) .base,
    :host(:not([width])) .base {
      display: inline-block;
      min-inline-size: calc(23 * 1ex);
    }
    .input {
      appearance: none;
      cursor: pointer;
      padding-inline-end: ${arrowRoom};
      text-overflow: ellipsis;
    }
    :host([width='auto']) .input,
    :host(:not([width])) .input {
      inline-size: 100%;
    }
    /* A chevron drawn with two borders: it follows the text colour and stays visible in forced colours. */
    .arrow {
      position: absolute;
      inset-inline-end: ${spaceSm};
      inset-block-start: 50%;
      inline-size: ${spaceXs};
      block-size: ${spaceXs};
      border-block-end: ${borderWidthControl} solid currentColor;
      border-inline-end: ${borderWidthControl} solid currentColor;
      transform: translateY(-75%) rotate(45deg);
      pointer-events: none;
    }
    :host(:dir(rtl)) .arrow {
      transform: translateY(-75%) rotate(-45deg);
    }
    .input:disabled + .arrow {
      color: ${colorDisabledText};
    }
    .input:disabled {
      cursor: not-allowed;
    }
    @media (forced-colors: active) {
      .arrow {
        border-color: CanvasText;
      }
      .input:disabled + .arrow {
        border-color: GrayText;
      }
    }
  `,
];
