import { css } from 'lit';
import { focusRing } from '../core/styles.js';
import { token } from '../core/tokens.js';

export const buttonStyles = [
  css`
    :host {
      display: inline-block;
      max-inline-size: 100%;
      vertical-align: middle;
    }
    [hidden] {
      display: none !important;
    }
    .base {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: ${token('space-xs')};
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: ${token('target-min')};
      min-inline-size: ${token('target-min')};
      margin: 0;
      padding-block: ${token('space-2xs')};
      padding-inline: ${token('space-md')};
      font: inherit;
      font-weight: ${token('font-weight-bold')};
      line-height: ${token('line-height-heading')};
      text-align: center;
      text-decoration: none;
      border: ${token('border-width-control')} solid transparent;
      border-radius: ${token('radius-control')};
      cursor: pointer;
      transition:
        background-color ${token('duration-fast')},
        border-color ${token('duration-fast')};
    }
    .base:focus-visible {
      ${focusRing}
    }
    .icon {
      display: inline-flex;
      flex: none;
    }
    ::slotted(svg) {
      inline-size: ${token('font-size-large')};
      block-size: ${token('font-size-large')};
    }
    .icon-only {
      padding-inline: ${token('space-xs')};
    }

    .primary {
      color: ${token('color-action-primary-text')};
      background: ${token('color-action-primary-background')};
      border-color: ${token('color-action-primary-background')};
    }
    .primary:hover {
      background: ${token('color-action-primary-background-hover')};
      border-color: ${token('color-action-primary-background-hover')};
    }
    .primary:active {
      background: ${token('color-action-primary-background-active')};
      border-color: ${token('color-action-primary-background-active')};
    }

    .secondary {
      color: ${token('color-action-secondary-text')};
      background: ${token('color-action-secondary-background')};
      border-color: ${token('color-action-secondary-border')};
    }
    .secondary:hover,
    .secondary:active {
      background: ${token('color-action-secondary-background-hover')};
    }

    /* Looks like a link but stays a button: underlined, in the link colour. */
    .tertiary {
      color: ${token('color-text-link')};
      background: transparent;
      text-decoration: underline;
      text-underline-offset: ${token('space-3xs')};
    }
    .tertiary:hover {
      text-decoration-thickness: ${token('border-width-control')};
    }

    /* Destructive actions: the error colour, and words that say what is destroyed. */
    .danger {
      color: ${token('color-surface-default')};
      background: ${token('color-feedback-error-text')};
      border-color: ${token('color-feedback-error-text')};
    }
    .danger:hover {
      text-decoration: underline;
      text-underline-offset: ${token('space-3xs')};
    }

    .base:disabled {
      color: ${token('color-disabled-text')};
      background: ${token('color-disabled-background')};
      border-color: ${token('color-disabled-border')};
      text-decoration: none;
      cursor: not-allowed;
    }
    .busy {
      cursor: progress;
    }
    .spinner {
      flex: none;
      inline-size: ${token('font-size-body')};
      block-size: ${token('font-size-body')};
      border: ${token('border-width-control')} solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: bp-button-spin calc(4 * ${token('duration-medium')}) linear infinite;
    }
    @keyframes bp-button-spin {
      to {
        transform: rotate(1turn);
      }
    }

    @media (forced-colors: active) {
      .base {
        border-color: ButtonText;
      }
      a.base {
        border-color: LinkText;
      }
      .base:disabled {
        color: GrayText;
        border-color: GrayText;
      }
      .base:focus-visible {
        outline-color: Highlight;
      }
      .spinner {
        border-color: currentColor;
        border-inline-end-color: transparent;
      }
    }
  `,
];
