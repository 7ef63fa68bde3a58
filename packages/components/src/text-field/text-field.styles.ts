import { css } from 'lit';
import { token } from '../core/tokens.js';

export const textFieldStyles = css`
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
    padding-inline: ${token('space-xs')};
    min-inline-size: ${token('target-min')};
    justify-content: center;
    background: ${token('color-surface-subtle')};
    border: ${token('border-width-control')} solid ${token('color-border-input')};
    white-space: nowrap;
  }
  .prefix {
    border-inline-end: 0;
  }
  .suffix {
    border-inline-start: 0;
  }
  :host([width='30']) .base {
    inline-size: calc(30ex + 2 * ${token('space-xs')});
  }
  :host([width='20']) .base {
    inline-size: calc(20ex + 2 * ${token('space-xs')});
  }
  :host([width='10']) .base {
    inline-size: calc(10ex + 2 * ${token('space-xs')});
  }
  :host([width='5']) .base {
    inline-size: calc(5.5ex + 2 * ${token('space-xs')});
  }
  :host([width='4']) .base {
    inline-size: calc(4.5ex + 2 * ${token('space-xs')});
  }
  :host([width='3']) .base {
    inline-size: calc(3.5ex + 2 * ${token('space-xs')});
  }
  :host([width='2']) .base {
    inline-size: calc(2.5ex + 2 * ${token('space-xs')});
  }
  .count {
    margin-block-start: ${token('space-2xs')};
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
  }
  .count.over {
    color: ${token('color-feedback-error-text')};
    font-weight: ${token('font-weight-bold')};
  }
  @media (forced-colors: active) {
    .affix {
      border-color: CanvasText;
    }
    .count.over {
      color: CanvasText;
    }
  }
`;
