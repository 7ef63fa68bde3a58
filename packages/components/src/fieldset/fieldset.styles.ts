import { spaceXs } from '@blaupause/tokens/vars';
import { css } from '../core/tokens.js';

/**
 * Checkboxes of one question sit closer together than separate questions (GOV.UK), and the last
 * control leaves the space below the group to the fieldset's own margin. Styles from the slot's
 * side win over the controls' own `:host` margins.
 */
export const fieldsetStyles = css`
  .content {
    display: block;
  }
  ::slotted(bp-checkbox) {
    margin-block-end: ${spaceXs};
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
`;
