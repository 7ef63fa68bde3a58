// The theme generator: from a primary colour (and optionally a secondary colour and a font stack)
// to a complete DTCG theme — primitive palettes plus light and dark semantic colours — in which
// every declared foreground/background pair (src/contrast-pairs.json) meets its WCAG minimum.
//
// Palettes are tone scales in OKLCH with the brand's hue and chroma. A semantic token starts at its
// preferred tone (for brand tokens: the brand colour itself) and, where a pair fails, moves to
// darker or lighter tones of the same hue until every pair it takes part in passes. What moved is
// reported, with the resulting ratios.
import { contrast, fromOklch, normalizeColor, oklch } from './color.mjs';
import pairsFile from '../src/contrast-pairs.json' with { type: 'json' };

export const PAIRS = pairsFile.pairs;

/** Tone steps: name → OKLCH lightness. 0 is white; 975 the darkest surface. */
export const STEPS = {
  0: 1,
  50: 0.985,
  100: 0.96,
  200: 0.92,
  300: 0.85,
  400: 0.75,
  500: 0.65,
  600: 0.55,
  700: 0.47,
  800: 0.4,
  900: 0.32,
  950: 0.24,
  975: 0.18,
};

/** Hue families that do not follow the brand, so feedback stays recognisable in every theme. */
const FIXED_HUES = {
  red: { h: 27, c: 0.2 },
  amber: { h: 75, c: 0.17 },
  green: { h: 150, c: 0.16 },
  info: { h: 255, c: 0.14 },
};

export const DEFAULT_FONT = [
  'system-ui',
  '-apple-system',
  'Segoe UI',
  'Roboto',
  'Noto Sans',
  'Liberation Sans',
  'Arial',
  'sans-serif',
];

/**
 * The semantic colour tokens, in resolution order, with a rule per mode:
 * `from` palette, preferred `step` ('base' = the brand colour as given), the direction `dir` a
 * tone may move to meet its pairs (none = fixed), `after` = start one step beyond another token.
 */
const R = (from, step, dir, extra = {}) => ({ from, step, dir, ...extra });
export const SEMANTIC = [
  ['surface-default', 'Page and field background', R('neutral', '0'), R('neutral', '975')],
  ['surface-subtle', 'Grouped areas, prefix and suffix boxes', R('neutral', '50'), R('neutral', '950')],
  ['surface-raised', 'Popups and cards', R('neutral', '0'), R('neutral', '900')],
  ['text-default', 'Body text', R('neutral', '900', 'darker'), R('neutral', '50', 'lighter')],
  ['text-muted', 'Hints and secondary text', R('neutral', '600', 'darker'), R('neutral', '300', 'lighter')],
  ['text-inverse', 'Text on primary action backgrounds', R('neutral', '0'), R('neutral', '975')],
  ['text-link', 'Links', R('brand', 'base', 'darker'), R('brand', '300', 'lighter')],
  ['border-default', 'Decorative separators (no contrast requirement)', R('neutral', '200'), R('neutral', '800')],
  [
    'border-input',
    'Boundary of a form field (WCAG 1.4.11)',
    R('neutral', '500', 'darker'),
    R('neutral', '500', 'lighter'),
  ],
  ['border-strong', 'Strong separators', R('neutral', '900'), R('neutral', '100')],
  ['action-primary-text', 'Label on the primary action', { ref: 'text-inverse' }, { ref: 'text-inverse' }],
  [
    'action-primary-background',
    'Primary action (the brand colour where it passes)',
    R('brand', 'base', 'darker'),
    R('brand', '300', 'lighter'),
  ],
  [
    'action-primary-background-hover',
    'Primary action, hover',
    R('brand', 'base', 'darker', { after: 'action-primary-background' }),
    R('brand', '300', 'lighter', { after: 'action-primary-background' }),
  ],
  [
    'action-primary-background-active',
    'Primary action, pressed',
    R('brand', 'base', 'darker', { after: 'action-primary-background-hover' }),
    R('brand', '300', 'lighter', { after: 'action-primary-background-hover' }),
  ],
  ['action-secondary-background', 'Secondary action', R('neutral', '0'), R('neutral', '975')],
  ['action-secondary-background-hover', 'Secondary action, hover', R('secondary', '50'), R('secondary', '950')],
  [
    'action-secondary-border',
    'Secondary action boundary',
    R('secondary', 'base', 'darker'),
    R('secondary', '300', 'lighter'),
  ],
  [
    'action-secondary-text',
    'Secondary action label',
    R('secondary', 'base', 'darker'),
    R('secondary', '200', 'lighter'),
  ],
  ['focus-halo', 'Second ring around the focus outline', R('focus', 'base'), R('neutral', '975')],
  ['focus-ring', 'Focus outline (WCAG 2.4.13)', R('neutral', '900', 'darker'), R('focus', 'base', 'lighter')],
  ...['error', 'warning', 'success', 'info'].flatMap((kind) => {
    const from = { error: 'red', warning: 'amber', success: 'green', info: 'info' }[kind];
    return [
      [`feedback-${kind}-background`, `Background of a ${kind} notice`, R(from, '50'), R(from, '950')],
      [`feedback-${kind}-text`, `Text of a ${kind} message`, R(from, '600', 'darker'), R(from, '300', 'lighter')],
      [
        `feedback-${kind}-border`,
        `Border of a ${kind} notice or field`,
        R(from, '600', 'darker'),
        R(from, '400', 'lighter'),
      ],
    ];
  }),
  ['disabled-background', 'Disabled control background', R('neutral', '100'), R('neutral', '900')],
  [
    'disabled-text',
    'Disabled control text (kept readable)',
    R('neutral', '600', 'darker'),
    R('neutral', '400', 'lighter'),
  ],
  ['disabled-border', 'Disabled control border', R('neutral', '400'), R('neutral', '700')],
  ...['neutral', 'progress', 'attention', 'success', 'error'].flatMap((kind) => {
    const from = { neutral: 'neutral', progress: 'info', attention: 'amber', success: 'green', error: 'red' }[kind];
    return [
      [`status-${kind}-background`, `Application status "${kind}": badge background`, R(from, '100'), R(from, '900')],
      [
        `status-${kind}-text`,
        `Application status "${kind}": badge text`,
        R(from, '700', 'darker'),
        R(from, '200', 'lighter'),
      ],
    ];
  }),
];

/** A palette: step name → hex, plus `base` for brand-derived palettes. */
function palette(h, c, base) {
  const tones = {};
  for (const [step, l] of Object.entries(STEPS)) tones[step] = step === '0' ? '#ffffff' : fromOklch(l, c, h);
  if (base) tones.base = base;
  return tones;
}

/** Steps of a palette ordered from light to dark, with `base` in its place by lightness. */
function ordered(tones) {
  return Object.keys(tones).sort((a, b) => oklch(tones[b]).l - oklch(tones[a]).l || (a === 'base' ? -1 : 1));
}

function validateInput({ name, primary, secondary, font }) {
  const errors = [];
  if (typeof name !== 'string' || !/^[a-z][a-z0-9-]{0,39}$/.test(name)) {
    errors.push(`--name must be lower-case letters, digits and hyphens, starting with a letter (got "${name ?? ''}")`);
  }
  const p = normalizeColor(primary);
  if (!p)
    errors.push(
      `--primary is not a colour: "${primary ?? ''}" (use an opaque CSS colour such as #0b57d0 or oklch(0.5 0.15 250))`,
    );
  const s = secondary === undefined ? p : normalizeColor(secondary);
  if (secondary !== undefined && !s)
    errors.push(`--secondary is not a colour: "${secondary}" (use an opaque CSS colour)`);
  if (
    font !== undefined &&
    (!Array.isArray(font) ||
      font.length === 0 ||
      font.some((f) => typeof f !== 'string' || !f.trim() || /[;{}<>\\"'\p{Cc}]/u.test(f)))
  ) {
    errors.push(
      '--font must be a comma-separated list of font family names, without ; { } < > \\ or quotes inside a name',
    );
  }
  return { errors, primary: p, secondary: s };
}

/** Splits a CSS font stack ("Source Sans 3", Arial, sans-serif) into families. */
export function parseFontStack(stack) {
  return stack
    .split(',')
    .map((f) => f.trim().replace(/^["']|["']$/g, ''))
    .filter(Boolean);
}

/**
 * Generates a theme. Returns `{ name, palettes, modes: { light, dark }, changes }` where a mode
 * maps semantic token name → { step, palette, hex }, or throws a `ThemeInputError` listing every
 * problem with the input.
 */
export function generateTheme(input) {
  const { errors, primary, secondary } = validateInput(input);
  if (errors.length) throw new ThemeInputError(errors);
  const brand = oklch(primary);
  const second = oklch(secondary);
  const palettes = {
    brand: palette(brand.h, brand.c, primary),
    secondary: palette(second.h, second.c, secondary),
    neutral: palette(brand.h, Math.min(0.012, brand.c)),
    focus: { base: '#ffbf47' },
    ...Object.fromEntries(Object.entries(FIXED_HUES).map(([k, { h, c }]) => [k, palette(h, c)])),
  };
  const modes = {};
  const changes = [];
  for (const [modeIndex, mode] of [
    [0, 'light'],
    [1, 'dark'],
  ]) {
    const resolved = {};
    for (const entry of SEMANTIC) {
      const [token, , ...rules] = entry;
      const rule = rules[modeIndex];
      if (rule.ref) {
        resolved[token] = { ...resolved[rule.ref], ref: rule.ref };
        continue;
      }
      const tones = palettes[rule.from];
      const order = ordered(tones);
      let index = order.indexOf(rule.step);
      if (rule.after) index = order.indexOf(resolved[rule.after].step) + (rule.dir === 'darker' ? 1 : -1);
      index = Math.max(0, Math.min(order.length - 1, index));
      const step = (i) => ({ palette: rule.from, step: order[i], hex: tones[order[i]] });
      const checks = PAIRS.filter(
        (p) =>
          (p.foreground === `color-${token}` && resolved[p.background.slice(6)]) ||
          (p.background === `color-${token}` && resolved[p.foreground.slice(6)]),
      );
      const passes = (hex) =>
        checks.every((p) => {
          const other = p.foreground === `color-${token}` ? p.background : p.foreground;
          return contrast(hex, resolved[other.slice(6)].hex) >= p.min;
        });
      let candidate = step(index);
      if (rule.dir) {
        const delta = rule.dir === 'darker' ? 1 : -1;
        let i = index;
        while (!passes(tones[order[i]]) && i + delta >= 0 && i + delta < order.length) i += delta;
        candidate = step(i);
      }
      resolved[token] = candidate;
      if (rule.step === 'base' && !rule.after && candidate.step !== 'base') {
        const worst = Math.min(
          ...checks.map((p) => {
            const other = p.foreground === `color-${token}` ? p.background : p.foreground;
            return contrast(candidate.hex, resolved[other.slice(6)].hex);
          }),
        );
        changes.push({
          mode,
          token: `color-${token}`,
          wanted: tones.base,
          got: candidate.hex,
          step: candidate.step,
          ratio: worst,
        });
      }
    }
    modes[mode] = resolved;
  }
  return {
    name: input.name,
    primary,
    secondary,
    font: input.font ?? DEFAULT_FONT,
    palettes,
    modes,
    changes,
  };
}

/** Every declared pair of a generated mode with its ratio. */
export function checkPairs(values) {
  return PAIRS.map((p) => {
    const fg = values[p.foreground];
    const bg = values[p.background];
    const ratio = fg && bg ? contrast(fg, bg) : 0;
    return { ...p, fgHex: fg, bgHex: bg, ratio, ok: ratio >= p.min };
  });
}

/** Flat map `color-<token>` → hex of one mode of a generated theme. */
export function modeValues(theme, mode) {
  return Object.fromEntries(Object.entries(theme.modes[mode]).map(([t, v]) => [`color-${t}`, v.hex]));
}

/** The theme as DTCG files: palette (primitive tier) and light/dark (semantic, referencing it). */
export function toDtcg(theme) {
  const paletteFile = {
    palette: {
      $type: 'color',
      $description: `Blaupause theme "${theme.name}": primitive tier. Generated from primary ${theme.primary}${theme.secondary !== theme.primary ? `, secondary ${theme.secondary}` : ''}.`,
      ...Object.fromEntries(
        Object.entries(theme.palettes).map(([name, tones]) => [
          name,
          Object.fromEntries(Object.entries(tones).map(([step, hex]) => [step, { $value: hex }])),
        ]),
      ),
    },
    'font-stack': { brand: { $type: 'fontFamily', $value: theme.font } },
  };
  const descriptions = Object.fromEntries(SEMANTIC.map(([token, description]) => [token, description]));
  const semantic = (mode) => {
    const color = { $type: 'color', $description: `Blaupause theme "${theme.name}": ${mode} mode, semantic tier.` };
    for (const [token, value] of Object.entries(theme.modes[mode])) {
      const path = token.split('-');
      // text-default → color.text.default; action-primary-background-hover → color.action.primary.background-hover
      const groups = splitPath(path);
      let node = color;
      for (const g of groups.slice(0, -1)) node = node[g] ??= {};
      node[groups.at(-1)] = {
        $value: value.ref
          ? `{color.${splitPath(value.ref.split('-')).join('.')}}`
          : `{palette.${value.palette}.${value.step}}`,
        $description: descriptions[token],
      };
    }
    const file = { color };
    if (mode === 'light') file.font = { family: { base: { $type: 'fontFamily', $value: '{font-stack.brand}' } } };
    return file;
  };
  return {
    'recipe.json': {
      name: theme.name,
      primary: theme.primary,
      ...(theme.secondary !== theme.primary ? { secondary: theme.secondary } : {}),
      font: theme.font,
    },
    'palette.json': paletteFile,
    'light.json': semantic('light'),
    'dark.json': semantic('dark'),
  };
}

/** Group path of a semantic token: the first segment, then the rest split as the CSS name reads. */
function splitPath(path) {
  const known = {
    action: 2, // action.primary.background-hover
    feedback: 2, // feedback.error.text
    status: 2, // status.progress.text
  };
  const depth = known[path[0]] ?? 1;
  return [...path.slice(0, depth), path.slice(depth).join('-')];
}

export class ThemeInputError extends Error {
  constructor(problems) {
    super(problems.join('\n'));
    this.name = 'ThemeInputError';
    this.problems = problems;
  }
}
