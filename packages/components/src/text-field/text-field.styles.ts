import { borderWidthControl, colorSurfaceSubtle, fieldBorderColor, spaceXs, targetMin } from '@blaupause/tokens/vars';
import { css } from '../core/tokens.js';

/** `width="n"`: room for n characters (GOV.UK's fixed-width inputs); narrow fields get half a character more. */
const widthRules = [30, 20, 10, 5, 4, 3, 2].map(
  (n) => css`
    :host([width='${n}']) .base {
      inline-size: calc(${n < 10 ? n + 0.5 : n} * 1ex + 2 * ${spaceXs});
    }
  `,
);

export const textFieldStyles = [
  ...widthRules,
  css`
    .base {
      display: flex;
      align-items: stretch;
      max-inline-size: 100%;
    }
    .input {
      flex: 1 1 auto;
      min-inline-size: 0;
    }
    .affix {
      display: inline-flex;
      align-items: center;
      padding-inline: ${spaceXs};
      min-inline-size: ${targetMin};
      justify-content: center;
      background: ${colorSurfaceSubtle};
      border: ${borderWidthControl} solid ${fieldBorderColor};
      white-space: nowrap;
    }
    .prefix {
      border-inline-end: 0;
    }
    .suffix {
      border-inline-start: 0;
    }
    @media (forced-colors: active) {
      .affix {
        border-color: CanvasText;
      }
    }
  `,
];
