import { unsafeCSS, type CSSResult } from 'lit';
import { vars, type TokenName } from '@blaupause/tokens/vars';

/**
 * A semantic token for use in component styles: `var(--bp-name, <default theme value>)`.
 * Components read tokens only through this, so no colour, size or font literal lives in a style.
 */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(vars[name]);
}

export type { TokenName };
