import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { checkPairs, generateTheme, modeValues, toDtcg, ThemeInputError } from '../lib/generate.mjs';
import { oklch } from '../lib/color.mjs';

const hex = fc
  .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
  .map(([r, g, b]) => `#${[r, g, b].map((n) => n.toString(16).padStart(2, '0')).join('')}`);

test('property: every theme generated from 200 random brand colours passes every pair, light and dark', () => {
  fc.assert(
    fc.property(hex, fc.option(hex, { nil: undefined }), (primary, secondary) => {
      const theme = generateTheme({ name: 'zufall', primary, secondary });
      for (const mode of ['light', 'dark']) {
        const failed = checkPairs(modeValues(theme, mode)).filter((r) => !r.ok);
        assert.deepEqual(
          failed.map((f) => `${mode} ${f.foreground}/${f.background} ${f.ratio.toFixed(2)}`),
          [],
          `primary ${primary}, secondary ${secondary}`,
        );
      }
    }),
    { numRuns: 200 },
  );
});

test('property: an adjusted brand colour keeps its hue', () => {
  fc.assert(
    fc.property(hex, (primary) => {
      const theme = generateTheme({ name: 'zufall', primary });
      for (const change of theme.changes) {
        const given = oklch(change.wanted);
        const used = oklch(change.got);
        if (given.c < 0.04 || used.c < 0.04) continue; // greys have no meaningful hue
        const dh = Math.abs(((given.h - used.h + 540) % 360) - 180);
        assert.ok(dh < 12, `${change.token}: hue ${given.h.toFixed(1)} → ${used.h.toFixed(1)} (${primary})`);
      }
    }),
    { numRuns: 200 },
  );
});

test('a brand colour that passes as given is used as given', () => {
  const theme = generateTheme({ name: 'blau', primary: '#1a56a0' });
  assert.equal(theme.modes.light['action-primary-background'].hex, '#1a56a0');
  assert.deepEqual(theme.changes, []);
});

test('a light brand colour is darkened for text and buttons, and the change is reported with its ratio', () => {
  const theme = generateTheme({ name: 'gelb', primary: '#ffd500' });
  const change = theme.changes.find((c) => c.token === 'color-action-primary-background' && c.mode === 'light');
  assert.ok(change, 'the primary background was reported as adjusted');
  assert.equal(change.wanted, '#ffd500');
  assert.ok(change.ratio >= 4.5);
  assert.notEqual(theme.modes.light['action-primary-background'].hex, '#ffd500');
});

test('bad input lists every problem', () => {
  assert.throws(
    () => generateTheme({ name: 'Bad Name', primary: 'blaugrün', secondary: '#12', font: [] }),
    (error) => error instanceof ThemeInputError && error.problems.length === 4,
  );
});

test('the shipped themes are exactly what the generator makes from their recipes', () => {
  const dir = new URL('../themes/', import.meta.url);
  for (const name of readdirSync(dir).filter((n) => !n.startsWith('.'))) {
    const read = (f) => JSON.parse(readFileSync(new URL(`${name}/${f}`, dir), 'utf8'));
    const recipe = read('recipe.json');
    const files = toDtcg(generateTheme(recipe));
    for (const f of ['recipe.json', 'palette.json', 'light.json', 'dark.json']) {
      assert.deepEqual(
        read(f),
        JSON.parse(JSON.stringify(files[f])),
        `${name}/${f} is out of date: run npm run themes -w @blaupause/tokens`,
      );
    }
  }
});
