import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { findStyleLiterals, importsLitCss } from '../../scripts/lib/style-literals.mjs';

test('component styles use tokens only: no colour, size or font literal', () => {
  const files = globSync(['packages/components/src/**/*.ts'], { ignore: ['**/*.test.ts', '**/testing/**'] });
  assert.ok(files.length > 5, 'found the component sources');
  const findings = files.flatMap((file) =>
    findStyleLiterals(readFileSync(file, 'utf8')).map((f) => `${file}:${f.line} ${f.kind} ${f.literal}   ${f.text}`),
  );
  assert.deepEqual(findings, [], `literals in component styles:\n${findings.join('\n')}`);
});

test('component styles take css from core/tokens.ts (which accepts tokens), not from lit', () => {
  const files = globSync(['packages/components/src/**/*.ts'], { ignore: ['**/core/tokens.ts'] });
  assert.ok(files.length > 5, 'found the component sources');
  const offenders = files.filter((file) => importsLitCss(readFileSync(file, 'utf8')));
  assert.deepEqual(offenders, [], 'import { css } from core/tokens.js instead');
});

test("the import check tells Lit's css from the token-aware one", () => {
  assert.equal(importsLitCss("import { css } from 'lit';"), true);
  assert.equal(importsLitCss("import { html,\n  css, nothing } from 'lit';"), true);
  assert.equal(importsLitCss("import { css as litCss } from 'lit';"), true);
  assert.equal(importsLitCss("import { css } from '../core/tokens.js';"), false);
  assert.equal(importsLitCss("import { html, unsafeCSS } from 'lit';"), false);
});

test('the check finds hex, functional and named colours, lengths and font stacks', () => {
  const source = [
    'const s = css`',
    '  .a { color: #fff; }',
    '  .b { background: rgb(0 0 0 / 50%); }',
    '  .c { padding: 4px 0.5rem; }',
    '  .d { font-family: Arial, sans-serif; }',
    '  .e { border-color: red; }',
    '`;',
  ].join('\n');
  const found = findStyleLiterals(source).map((f) => [f.line, f.kind, f.literal]);
  assert.deepEqual(found, [
    [2, 'colour', '#fff'],
    [3, 'colour', 'rgb('],
    [4, 'size', '4px'],
    [5, 'font', 'font-family: Arial, sans-serif'],
    [6, 'colour', 'red'],
  ]);
});

test('tokens, system colours, zero, percentages and excused lines pass', () => {
  const source = [
    'const s = css`',
    '  .a { color: ${colorTextDefault}; margin: 0; inline-size: 100%; }',
    '  @media (forced-colors: active) { .b { border-color: CanvasText; outline-color: Highlight; } }',
    '  .c { font: inherit; line-height: ${lineHeightBody}; }',
    '  .d { inline-size: 1px; /* bp-allow-literal: visually-hidden technique */ }',
    '  .e { inline-size: calc(${n}ex + 2 * ${spaceXs}); }',
    '`;',
  ].join('\n');
  assert.deepEqual(findStyleLiterals(source), []);
});
