import { css } from 'lit';
import { token } from '../core/tokens.js';

/** The popup under the field: listbox, options and status line. */
export const comboboxStyles = css`
  .base {
    position: relative;
  }
  .popup {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    inset-block-start: calc(100% + ${token('space-3xs')});
    color: ${token('color-text-default')};
    background: ${token('color-surface-raised')};
    border: ${token('border-width-control')} solid ${token('color-border-input')};
    border-radius: ${token('radius-control')};
  }
  /* The listbox itself scrolls: a combobox popup needs no focus of its own (the arrow keys move
     through it from the field, and the active option is scrolled into view). */
  .listbox {
    list-style: none;
    margin: 0;
    padding: 0;
    max-block-size: calc(6.5 * ${token('target-min')});
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  /* Every option is a full-height target (WCAG 2.5.8); the active one gets a bar at its start, so
     it is marked by more than colour, without a transparent border that forced colours would show. */
  .option {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-block-size: ${token('target-min')};
    padding-block: ${token('space-2xs')};
    padding-inline: calc(${token('space-xs')} + ${token('border-width-error')}) ${token('space-xs')};
    cursor: pointer;
  }
  .option:hover {
    color: ${token('color-action-secondary-text')};
    background: ${token('color-action-secondary-background-hover')};
  }
  .option[aria-selected='true'] {
    padding-inline-start: ${token('space-xs')};
    color: ${token('color-action-primary-text')};
    background: ${token('color-action-primary-background')};
    border-inline-start: ${token('border-width-error')} solid currentColor;
  }
  .description {
    font-size: ${token('font-size-small')};
  }
  .status {
    margin: 0;
    padding-block: ${token('space-xs')};
    padding-inline: ${token('space-xs')};
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
