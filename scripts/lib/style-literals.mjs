// Finds colour, size and font literals in the css`` templates of component styles, so every value
// a component draws with comes from a design token (DESIGN.md §5). Interpolations (`${spaceLg}`,
// tokens from @blaupause/tokens/vars) are fine; so are system colours (forced-colors mode), keywords, 0, percentages and unitless
// numbers. A declaration can be excused with a comment `bp-allow-literal: <reason>` on its line.

const SYSTEM_COLORS = new Set(
  'canvas canvastext linktext visitedtext activetext buttonface buttontext buttonborder field fieldtext highlight highlighttext selecteditem selecteditemtext mark marktext graytext accentcolor accentcolortext currentcolor transparent inherit initial unset revert'.split(
    ' ',
  ),
);
const NAMED_COLORS =
  /\b(black|white|red|green|blue|yellow|orange|purple|gray|grey|silver|maroon|navy|teal|olive|lime|aqua|fuchsia|pink|brown|gold|beige|ivory|tomato|crimson|indigo|violet)\b/i;
const HEX = /#[0-9a-f]{3,8}\b/i;
const COLOR_FN = /\b(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;
const LENGTH = /(?<![\w$-])-?(\d*\.)?\d+(px|rem|em|pt|pc|vh|vw|vmin|vmax|cm|mm|in|q)\b/i;

/** The css`` template literals of a TypeScript source, `${…}` replaced by VAR, with their line. */
export function cssTemplates(source) {
  const out = [];
  let i = 0;
  while ((i = source.indexOf('css`', i)) !== -1) {
    const startLine = source.slice(0, i).split('\n').length;
    let j = i + 4;
    let text = '';
    while (j < source.length && source[j] !== '`') {
      if (source[j] === '\\') {
        text += source[j] + source[j + 1];
        j += 2;
      } else if (source[j] === '$' && source[j + 1] === '{') {
        let depth = 1;
        j += 2;
        while (j < source.length && depth) {
          if (source[j] === '{') depth++;
          else if (source[j] === '}') depth--;
          else if (source[j] === '\n') text += '\n';
          j++;
        }
        text += 'VAR';
      } else {
        text += source[j++];
      }
    }
    out.push({ line: startLine, text });
    i = j + 1;
  }
  return out;
}

/** Every literal in the css`` templates of `source`: [{ line, literal, kind, text }]. */
export function findStyleLiterals(source) {
  const findings = [];
  for (const { line, text } of cssTemplates(source)) {
    const lines = text.split('\n');
    lines.forEach((raw, k) => {
      if (raw.includes('bp-allow-literal')) return;
      const code = raw.replace(/\/\*.*?\*\//g, '');
      for (const [, property, value] of code.matchAll(/(?<![\w:-])([a-z-]+)\s*:\s*([^;{}]+)/gi)) {
        const checks = [
          ['colour', HEX],
          ['colour', COLOR_FN],
          ['size', LENGTH],
        ];
        for (const [kind, re] of checks) {
          const m = value.match(re);
          if (m) findings.push({ line: line + k, literal: m[0].trim(), kind, text: raw.trim() });
        }
        const named = value.match(NAMED_COLORS);
        if (named && !SYSTEM_COLORS.has(named[0].toLowerCase())) {
          findings.push({ line: line + k, literal: named[0], kind: 'colour', text: raw.trim() });
        }
        if (/^font(-family)?$/i.test(property) && !/^\s*(inherit|VAR)\s*$/i.test(value)) {
          findings.push({ line: line + k, literal: `${property}: ${value.trim()}`, kind: 'font', text: raw.trim() });
        }
      }
    });
  }
  return findings;
}

/**
 * Whether `source` imports Lit's own `css` tag. Component styles take `css` from core/tokens.ts,
 * the one tag that accepts tokens (Lit's throws on a token string).
 */
export const importsLitCss = (source) => /import\s*\{[^}]*\bcss\b[^}]*\}\s*from\s*['"]lit['"]/.test(source);
