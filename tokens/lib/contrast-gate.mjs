// The contrast gate: every declared pair (src/contrast-pairs.json) in every built theme and mode.
import { contrast, formatRatio } from './color.mjs';
import pairsFile from '../src/contrast-pairs.json' with { type: 'json' };

/**
 * Checks themes given as `{ name: { light: { '--bp-x': '#hex' }, dark: {...} } }` (the shape of
 * dist/json/themes/<name>.json). Returns one row per theme × mode × pair.
 */
export function gate(themes, pairs = pairsFile.pairs) {
  const rows = [];
  for (const [theme, modes] of Object.entries(themes)) {
    for (const [mode, values] of Object.entries(modes)) {
      for (const p of pairs) {
        const fg = values[`--bp-${p.foreground}`];
        const bg = values[`--bp-${p.background}`];
        const ratio = fg && bg ? contrast(fg, bg) : 0;
        rows.push({ theme, mode, ...p, fg, bg, ratio, ok: ratio >= p.min, missing: !fg || !bg });
      }
    }
  }
  return rows;
}

/** A readable table of rows: pair, theme, mode, ratio, needed. */
export function formatTable(rows) {
  const head = ['theme', 'mode', 'foreground', 'background', 'ratio', 'needed'];
  const body = rows.map((r) => [
    r.theme,
    r.mode,
    `${r.foreground}${r.fg ? ` ${r.fg}` : ' (missing)'}`,
    `${r.background}${r.bg ? ` ${r.bg}` : ' (missing)'}`,
    `${formatRatio(r.ratio)}:1`,
    `${r.min}:1`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Lowest ratio relative to its minimum, per theme (for the summary). */
export function lowest(rows) {
  const out = {};
  for (const r of rows) {
    const cur = out[r.theme];
    if (!cur || r.ratio / r.min < cur.ratio / cur.min) out[r.theme] = r;
  }
  return out;
}
