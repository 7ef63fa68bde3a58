import { css } from '../core/tokens.js';

export const textareaStyles = css`
  .input {
    display: block;
    /* Taller, never wider: a wider field would overflow the page's column (GOV.UK). */
    resize: vertical;
    line-height: inherit;
  }
`;
