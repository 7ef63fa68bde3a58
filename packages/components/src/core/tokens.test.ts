import { expect } from '@open-wc/testing';
import * as vars from '@blaupause/tokens/vars';
import { fieldBorderColor, spaceLg } from '@blaupause/tokens/vars';
import { css, type TokenVar } from './tokens.js';

/** A style's text with white space collapsed (Prettier lays out the templates). */
const text = (style: { cssText: string }) => style.cssText.replace(/\s+/g, ' ').trim();

describe('css (core/tokens.ts): design tokens in component styles', () => {
  it('writes a token as var(--bp-name, fallback), with other styles and numbers', () => {
    const inner = css`
      color: red;
    `;
    const style = css`
      .a {
        margin: ${spaceLg};
        inline-size: ${3}ex;
        ${inner}
      }
    `;
    expect(text(style)).to.equal('.a { margin: var(--bp-space-lg, 1.5rem); inline-size: 3ex; color: red; }');
  });

  it('keeps a component token falling back through the semantic token it points at', () => {
    const style = css`
      a {
        border-color: ${fieldBorderColor};
      }
    `;
    expect(text(style)).to.match(
      /^a \{ border-color: var\(--bp-field-border-color, var\(--bp-color-border-input, #[0-9a-f]{6}\)\); \}$/,
    );
  });

  it('accepts every token the build exports, and the style works without tokens.css', () => {
    const entries = Object.entries(vars);
    expect(entries.length).to.be.greaterThan(50);
    for (const [name, value] of entries) {
      expect(
        () => css`
          a {
            --x: ${value};
          }
        `,
        name,
      ).to.not.throw();
    }
    // No theme on this page: the fallback in the token string does the work.
    expect(getComputedStyle(document.documentElement).getPropertyValue('--bp-space-lg')).to.equal('');
    const probe = document.createElement('div');
    probe.style.setProperty('margin-block-start', spaceLg);
    document.body.append(probe);
    expect(getComputedStyle(probe).marginBlockStart).to.equal('24px');
    probe.remove();
  });

  it('refuses a string that is not a token, as Lit refuses any string', () => {
    const notTokens = ['red', '4px', 'var(--bp-x, 0); } body { display: none', 'var(--other, 1px)'];
    for (const text of notTokens) {
      expect(
        () => css`
          a {
            color: ${text as TokenVar};
          }
        `,
        text,
      ).to.throw(TypeError, /not a token/);
    }
  });
});
