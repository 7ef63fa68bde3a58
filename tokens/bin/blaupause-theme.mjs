#!/usr/bin/env node
// blaupause-theme: a municipality's complete, contrast-checked Blaupause theme from a primary colour.
//
//   npx blaupause-theme --name musterstadt --primary "#00695c" [--secondary "#5e35b1"]
//                       [--font "Source Sans 3, Arial, sans-serif"] [--out dir] [--force]
//
// Writes <out>/<name>/{recipe,palette,light,dark}.json (DTCG) and <out>/<name>/<name>.css (the
// `.bp-theme-<name>` class, light and dark), prints what it had to change to meet WCAG 2.2 AA and
// the resulting ratios. Writes nothing at all when anything is wrong.
import { parseArgs } from 'node:util';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateTheme, parseFontStack, toDtcg, checkPairs, modeValues, ThemeInputError } from '../lib/generate.mjs';
import { buildTheme } from '../lib/build-theme.mjs';
import { formatRatio } from '../lib/color.mjs';

const USAGE = `Usage: blaupause-theme --name <name> --primary <colour> [--secondary <colour>] [--font "<stack>"] [--out <dir>] [--force]

  --name       theme name: lower-case letters, digits, hyphens (becomes .bp-theme-<name>)
  --primary    the brand colour, any CSS colour (#0b57d0, rgb(…), oklch(…))
  --secondary  colour of secondary actions (default: the primary)
  --font       font stack for all text (default: the system font stack)
  --out        folder to write <name>/ into (default: current folder)
  --force      replace an existing <out>/<name>/`;

function fail(message, code) {
  process.stderr.write(`blaupause-theme: ${message}\n`);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    options: {
      name: { type: 'string' },
      primary: { type: 'string' },
      secondary: { type: 'string' },
      font: { type: 'string' },
      out: { type: 'string', default: '.' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (error) {
  fail(`${error.message}\n\n${USAGE}`, 2);
}
if (args.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const missing = ['name', 'primary'].filter((k) => args[k] === undefined);
if (missing.length) fail(`missing ${missing.map((m) => `--${m}`).join(' and ')}\n\n${USAGE}`, 2);

let theme;
try {
  theme = generateTheme({
    name: args.name,
    primary: args.primary,
    secondary: args.secondary,
    font: args.font === undefined ? undefined : parseFontStack(args.font),
  });
} catch (error) {
  if (error instanceof ThemeInputError) fail(`${error.problems.join('\n')}\n\n${USAGE}`, 2);
  throw error;
}

const outDir = resolve(args.out);
const target = join(outDir, theme.name);
try {
  if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
  if (!statSync(outDir).isDirectory()) fail(`--out ${outDir} is not a folder`, 1);
} catch (error) {
  fail(`cannot use --out ${outDir}: ${error.code ?? error.message}`, 1);
}
if (existsSync(target) && !args.force) fail(`${target} exists; use --force to replace it`, 1);

// Every pair must pass before anything is written (the generator guarantees it; this is the proof).
const results = Object.fromEntries(['light', 'dark'].map((mode) => [mode, checkPairs(modeValues(theme, mode))]));
const failing = Object.entries(results).flatMap(([mode, rows]) =>
  rows.filter((r) => !r.ok).map((r) => ({ mode, ...r })),
);
if (failing.length) {
  fail(
    `${failing.length} pair(s) fail; nothing was written. Please report this input as a bug:\n` +
      failing
        .map((f) => `  ${f.mode} ${f.foreground} on ${f.background}: ${formatRatio(f.ratio)}:1 < ${f.min}:1`)
        .join('\n'),
    3,
  );
}

// Write everything into a scratch folder beside the target, then swap it into place by renaming,
// so a failure at any point leaves the old theme (or nothing) behind.
let scratch;
try {
  scratch = mkdtempSync(join(outDir, `.${theme.name}-`));
} catch (error) {
  fail(`cannot write to ${outDir}: ${error.code ?? error.message}`, 1);
}
const old = `${scratch}-old`;
try {
  for (const [file, content] of Object.entries(toDtcg(theme))) {
    writeFileSync(join(scratch, file), JSON.stringify(content, null, 2) + '\n');
  }
  const built = await buildTheme(scratch, theme.name);
  writeFileSync(join(scratch, `${theme.name}.css`), built.files[`css/themes/${theme.name}.css`]);
  if (existsSync(target)) renameSync(target, old);
  renameSync(scratch, target);
  rmSync(old, { recursive: true, force: true });
} catch (error) {
  if (existsSync(old) && !existsSync(target)) renameSync(old, target);
  rmSync(scratch, { recursive: true, force: true });
  fail(`could not write the theme: ${error.message}`, 1);
}

// Report: what moved, and the lowest ratio per mode.
const lines = [`Theme "${theme.name}" written to ${target}`];
if (theme.changes.length) {
  lines.push('', 'Adjusted to meet WCAG 2.2 AA (hue kept, lightness changed in OKLCH):', '');
  lines.push(`${'mode'.padEnd(6)} ${'token'.padEnd(38)} ${'given'.padEnd(8)} ${'used'.padEnd(8)} ratio`);
  for (const c of theme.changes) {
    lines.push(
      `${c.mode.padEnd(6)} ${c.token.padEnd(38)} ${c.wanted.padEnd(8)} ${c.got.padEnd(8)} ${formatRatio(c.ratio)}:1`,
    );
  }
} else {
  lines.push('', 'The colours as given meet every pair; nothing was adjusted.');
}
lines.push('');
for (const [mode, rows] of Object.entries(results)) {
  const lowest = rows.reduce((a, b) => (b.ratio / b.min < a.ratio / a.min ? b : a));
  lines.push(
    `${mode}: ${rows.length} pairs checked, lowest ${formatRatio(lowest.ratio)}:1 (needs ${lowest.min}:1) for ${lowest.foreground} on ${lowest.background}`,
  );
}
process.stdout.write(lines.join('\n') + '\n');
