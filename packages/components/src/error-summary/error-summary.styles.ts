import { css } from 'lit';
import { focusRing } from '../core/styles.js';
import { token } from '../core/tokens.js';

export const errorSummaryStyles = css`
  :host {
    display: block;
  }
  [hidden] {
    display: none !important;
  }
  .summary {
    margin-block-end: ${token('space-xl')};
    padding: ${token('space-md')};
    color: ${token('color-text-default')};
    background: ${token('color-surface-default')};
    border: ${token('border-width-error')} solid ${token('color-feedback-error-border')};
  }
  .summary:focus {
    ${focusRing}
  }
  .heading {
    margin-block: 0 ${token('space-sm')};
    font-size: ${token('font-size-heading-small')};
    line-height: ${token('line-height-heading')};
    font-weight: ${token('font-weight-bold')};
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list li + li {
    margin-block-start: ${token('space-2xs')};
  }
  .link {
    /* A line box of its own: the link is at least one line (24 px) high, WCAG 2.5.8. */
    display: inline-block;
    padding-block: ${token('space-3xs')};
    font-weight: ${token('font-weight-bold')};
    color: ${token('color-feedback-error-text')};
    text-decoration: underline;
  }
  .link:focus-visible {
    ${focusRing}
  }
  @media (forced-colors: active) {
    .summary {
      border-color: CanvasText;
    }
    .link {
      color: LinkText;
    }
    .summary:focus,
    .link:focus-visible {
      outline-color: Highlight;
    }
  }
`;
