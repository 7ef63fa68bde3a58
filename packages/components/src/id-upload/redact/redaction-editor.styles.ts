import {
  borderWidthControl,
  colorActionPrimaryBackground,
  colorActionPrimaryBackgroundHover,
  colorActionPrimaryText,
  colorActionSecondaryBackground,
  colorActionSecondaryBackgroundHover,
  colorActionSecondaryBorder,
  colorActionSecondaryText,
  colorBorderDefault,
  colorFeedbackErrorText,
  colorSurfaceDefault,
  colorSurfaceSubtle,
  colorTextDefault,
  colorTextMuted,
  durationFast,
  fontSizeLarge,
  fontSizeSmall,
  fontWeightBold,
  lineHeightHeading,
  radiusControl,
  space2xs,
  spaceMd,
  spaceSm,
  spaceXs,
  targetMin,
} from '@blaupause/tokens/vars';
import { css } from '../../core/tokens.js';
import { focusRing } from '../../core/styles.js';

/**
 * The stage is the image's own coordinate system: a rectangle's x is measured from the image's
 * left edge whatever the page's direction, so the stage is `direction: ltr` and the logical
 * properties inside it mean left and top. Everything around it follows the page's direction.
 */
export const redactionEditorStyles = css`
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  .label {
    margin-block: 0 ${space2xs};
    font-size: ${fontSizeLarge};
    font-weight: ${fontWeightBold};
    line-height: ${lineHeightHeading};
  }
  .help {
    margin-block: 0 ${spaceSm};
    color: ${colorTextMuted};
  }
  .stage {
    position: relative;
    direction: ltr;
    inline-size: 100%;
    background: ${colorSurfaceSubtle};
    /* An outline, not a border: the stage's box is exactly the image's, so fractions need no correction. */
    outline: ${borderWidthControl} solid ${colorBorderDefault};
    cursor: crosshair;
    touch-action: none;
    user-select: none;
    -webkit-user-select: none;
  }
  .image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    pointer-events: none;
  }
  .mark {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    pointer-events: none;
  }
  .mark text {
    fill: ${colorFeedbackErrorText};
    fill-opacity: 0.6;
    font-weight: ${fontWeightBold};
  }
  /* The box shows what the image worker burns in: opaque black, whatever the theme. */
  .rect {
    position: absolute;
    background: black; /* bp-allow-literal: the burned-in colour is pure black; the preview shows exactly that */
    box-shadow: 0 0 0 ${borderWidthControl} ${colorSurfaceDefault};
    cursor: move;
    forced-color-adjust: none;
  }
  /* Focus shows always, also after a click or a drag: it says which box the keys will move. */
  .rect:focus {
    ${focusRing}
  }
  /* A 24 px target for the finger or the mouse at each corner, drawn as a smaller square. */
  .handle {
    position: absolute;
    display: none;
    inline-size: calc(${targetMin} / 2);
    block-size: calc(${targetMin} / 2);
  }
  .rect:focus .handle {
    display: block;
  }
  .handle::after {
    position: absolute;
    inset: 25%;
    content: '';
    background: ${colorSurfaceDefault};
    border: ${borderWidthControl} solid ${colorTextDefault};
  }
  .nw,
  .sw {
    inset-inline-start: calc(${targetMin} / -4);
  }
  .ne,
  .se {
    inset-inline-end: calc(${targetMin} / -4);
  }
  .nw,
  .ne {
    inset-block-start: calc(${targetMin} / -4);
  }
  .sw,
  .se {
    inset-block-end: calc(${targetMin} / -4);
  }
  .nw,
  .se {
    cursor: nwse-resize;
  }
  .ne,
  .sw {
    cursor: nesw-resize;
  }
  .tools,
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${spaceXs};
    margin-block-start: ${spaceSm};
  }
  .suggestions {
    display: flex;
    flex-wrap: wrap;
    gap: ${spaceXs};
    align-items: center;
    inline-size: 100%;
  }
  .suggestions p {
    inline-size: 100%;
    margin: 0;
    font-size: ${fontSizeSmall};
    color: ${colorTextMuted};
  }
  .mark-toggle {
    display: inline-flex;
    align-items: center;
    gap: ${spaceXs};
    min-block-size: ${targetMin};
    cursor: pointer;
  }
  .mark-toggle input {
    inline-size: calc(${targetMin} / 2);
    block-size: calc(${targetMin} / 2);
    margin: 0;
    accent-color: ${colorActionPrimaryBackground};
  }
  .mark-toggle input:focus-visible {
    ${focusRing}
  }
  button {
    min-block-size: ${targetMin};
    margin: 0;
    padding-block: ${space2xs};
    padding-inline: ${spaceMd};
    font: inherit;
    font-weight: ${fontWeightBold};
    line-height: ${lineHeightHeading};
    border: ${borderWidthControl} solid transparent;
    border-radius: ${radiusControl};
    cursor: pointer;
    transition: background-color ${durationFast};
  }
  button:focus-visible {
    ${focusRing}
  }
  .primary {
    color: ${colorActionPrimaryText};
    background: ${colorActionPrimaryBackground};
    border-color: ${colorActionPrimaryBackground};
  }
  .primary:hover {
    background: ${colorActionPrimaryBackgroundHover};
  }
  .secondary {
    color: ${colorActionSecondaryText};
    background: ${colorActionSecondaryBackground};
    border-color: ${colorActionSecondaryBorder};
  }
  .secondary:hover {
    background: ${colorActionSecondaryBackgroundHover};
  }

  @media (forced-colors: active) {
    .stage {
      outline-color: CanvasText;
    }
    .rect {
      box-shadow: none;
      outline: ${borderWidthControl} solid Canvas;
    }
    .rect:focus,
    button:focus-visible,
    .mark-toggle input:focus-visible {
      outline-color: Highlight;
    }
    .handle::after {
      background: Canvas;
      border-color: CanvasText;
    }
    .mark text {
      fill: CanvasText;
    }
    button {
      border-color: ButtonText;
    }
  }
`;
