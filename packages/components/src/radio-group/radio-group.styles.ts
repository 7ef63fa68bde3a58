import { spaceLg, spaceXs } from '@blaupause/tokens/vars';
import { css } from '../core/tokens.js';

/** The list of radios: a column, or a wrapping row for two short answers such as Ja/Nein. */
export const radioGroupStyles = css`
  .radios {
    display: flex;
    flex-direction: column;
    gap: ${spaceXs};
  }
  :host([orientation='horizontal']) .radios {
    flex-flow: row wrap;
    column-gap: ${spaceLg};
  }
`;
