import { css } from 'lit';

/** The grouped controls keep their own spacing (every control has a bottom margin). */
export const fieldsetStyles = css`
  .content {
    display: block;
  }
`;
