import { css as litCss, unsafeCSS, type CSSResult } from 'lit';
import type { TokenVar } from '@blaupause/tokens/vars';

/** What a component style may interpolate: a token, another style (`${focusRing}`) or a number. */
export type StyleValue = TokenVar | CSSResult | number;

/** A token string as the build writes it, `var(--bp-name, fallback)`, with nothing that could end a declaration. */
const TOKEN_VAR = /^var\(--bp-[a-z0-9-]+, [^;{}]*\)$/;

/**
 * Lit's `css` tag for component styles that also takes design tokens. This is the one way a
 * component style reads a token:
 *
 * ```ts
 * import { colorTextDefault, spaceLg } from '@blaupause/tokens/vars';
 * import { css } from '../core/tokens.js';
 *
 * export const fooStyles = css`
 *   :host {
 *     margin-block-end: ${spaceLg};
 *     color: ${colorTextDefault};
 *   }
 * `;
 * ```
 *
 * - Every token is a named export of `@blaupause/tokens/vars`: the token's name without `--bp-`,
 *   in camelCase (`--bp-field-border-color` → `fieldBorderColor`, `--bp-space-2xs` → `space2xs`).
 *   Its value is `var(--bp-name, <default theme's light value>)`, so a component looks right on a
 *   page without `tokens.css`, and its doc comment says what the token is for.
 * - Import `css` from here, never from `lit`, in every style of `packages/components/src` (Lit's own
 *   tag throws on a token string; `test/node/style-literals.test.mjs` fails on a `css` from `lit`).
 * - Colour, size and font values come from tokens only: the same test fails on a literal in a
 *   `css` template (DESIGN.md §5).
 *
 * Why plain string constants and this tag, rather than generated `CSSResult` constants: a string
 * constant has no side effect, so esbuild, rollup and terser drop every token a bundle does not
 * import without being told. A generated `unsafeCSS('…')` constant is a call, kept unless it carries
 * a `@__PURE__` annotation that every step in between (tsc, minifiers, other bundlers) must
 * preserve, and it would tie `@blaupause/tokens` to Lit. The price is this small wrapper.
 *
 * Lit's `css` refuses plain strings so that no untrusted text reaches a style sheet; this tag lets
 * through only strings of the token form (checked by type and again at run time).
 */
export function css(strings: TemplateStringsArray, ...values: readonly StyleValue[]): CSSResult {
  return litCss(
    strings,
    ...values.map((value) => {
      if (typeof value !== 'string') return value;
      if (!TOKEN_VAR.test(value)) {
        throw new TypeError(`css: ${JSON.stringify(value)} is not a token from @blaupause/tokens/vars`);
      }
      return unsafeCSS(value);
    }),
  );
}

export type { TokenVar };
