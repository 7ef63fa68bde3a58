import { css } from 'lit';
import { token } from '../core/tokens.js';

/** The list of radios: a column, or a wrapping row for two short answers such as Ja/Nein. */
export const radioGroupStyles = css`
  .radios {
    display: flex;
    flex-direction: column;
    gap: ${token('space-xs')};
  }
  :host([orientation='horizontal']) .radios {
    flex-flow: row wrap;
    column-gap: ${token('space-lg')};
  }
`;
