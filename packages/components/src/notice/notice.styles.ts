import { css } from 'lit';
import { focusRing } from '../core/styles.js';
import { token } from '../core/tokens.js';

/**
 * Every colour pair here is one the contrast gate checks: text on the page surface, the severity
 * colour on its tinted background (icon column), the severity border against the page.
 */
export const noticeStyles = css`
  :host {
    display: block;
    margin-block-end: ${token('space-lg')};
  }
  [hidden] {
    display: none !important;
  }
  .notice {
    display: flex;
    align-items: stretch;
    color: ${token('color-text-default')};
    background: ${token('color-surface-default')};
    border: ${token('border-width-control')} solid ${token('color-border-strong')};
    border-inline-start-width: calc(2 * ${token('border-width-error')});
    border-radius: ${token('radius-control')};
  }
  .icon {
    display: flex;
    flex: none;
    justify-content: center;
    padding-block: ${token('space-sm')};
    padding-inline: ${token('space-xs')};
  }
  .icon svg {
    inline-size: ${token('font-size-heading-medium')};
    block-size: ${token('font-size-heading-medium')};
  }
  .message {
    flex: 1 1 auto;
    min-inline-size: 0;
    padding-block: ${token('space-sm')};
    padding-inline: ${token('space-sm')} ${token('space-md')};
  }
  .message:focus {
    outline: none;
  }
  .message:focus-visible {
    ${focusRing}
  }
  .heading {
    margin-block: 0 ${token('space-2xs')};
    font-size: ${token('font-size-large')};
    font-weight: ${token('font-weight-bold')};
    line-height: ${token('line-height-heading')};
  }
  .heading.slotted ::slotted(*) {
    margin: 0;
    font-size: inherit;
    line-height: inherit;
  }
  .content ::slotted(:first-child) {
    margin-block-start: 0;
  }
  .content ::slotted(:last-child) {
    margin-block-end: 0;
  }
  .dismiss {
    display: inline-grid;
    flex: none;
    place-items: center;
    align-self: start;
    min-inline-size: ${token('target-min')};
    min-block-size: ${token('target-min')};
    margin: ${token('space-2xs')};
    padding: 0;
    color: ${token('color-text-default')};
    background: transparent;
    border: ${token('border-width-control')} solid transparent;
    border-radius: ${token('radius-control')};
    cursor: pointer;
  }
  .dismiss svg {
    inline-size: ${token('font-size-heading-small')};
    block-size: ${token('font-size-heading-small')};
  }
  .dismiss:hover {
    background: ${token('color-surface-subtle')};
    border-color: ${token('color-border-input')};
  }
  .dismiss:focus-visible {
    ${focusRing}
  }

  .info {
    border-color: ${token('color-feedback-info-border')};
  }
  .info .icon {
    color: ${token('color-feedback-info-text')};
    background: ${token('color-feedback-info-background')};
  }
  .success {
    border-color: ${token('color-feedback-success-border')};
  }
  .success .icon {
    color: ${token('color-feedback-success-text')};
    background: ${token('color-feedback-success-background')};
  }
  .warning {
    border-color: ${token('color-feedback-warning-border')};
  }
  .warning .icon {
    color: ${token('color-feedback-warning-text')};
    background: ${token('color-feedback-warning-background')};
  }
  .error {
    border-color: ${token('color-feedback-error-border')};
  }
  .error .icon {
    color: ${token('color-feedback-error-text')};
    background: ${token('color-feedback-error-background')};
  }

  @media (forced-colors: active) {
    .notice {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
    }
    .dismiss {
      color: ButtonText;
      border-color: ButtonText;
    }
    .message:focus-visible,
    .dismiss:focus-visible {
      outline-color: Highlight;
    }
  }
`;
