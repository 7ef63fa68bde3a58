import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const cli = new URL('../bin/blaupause-theme.mjs', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

function withDir(fn) {
  const dir = mkdtempSync(join(tmpdir(), 'bp-cli-'));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('writes a complete DTCG theme and its CSS, and reports the lowest ratios', () => {
  withDir((dir) => {
    const r = run(
      '--name',
      'meitingen',
      '--primary',
      '#ffcc00',
      '--font',
      '"Fira Sans", Arial, sans-serif',
      '--out',
      dir,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(readdirSync(join(dir, 'meitingen')).sort(), [
      'dark.json',
      'light.json',
      'meitingen.css',
      'palette.json',
      'recipe.json',
    ]);
    const css = readFileSync(join(dir, 'meitingen', 'meitingen.css'), 'utf8');
    assert.match(css, /\.bp-theme-meitingen \{/);
    assert.match(css, /\.bp-theme-meitingen\.bp-mode-dark \{/);
    assert.match(css, /--bp-font-family-base: 'Fira Sans', Arial, sans-serif;/);
    assert.match(r.stdout, /Adjusted to meet WCAG 2\.2 AA/);
    assert.match(r.stdout, /color-action-primary-background\s+#ffcc00\s+#[0-9a-f]{6}\s+\d+\.\d\d:1/);
    assert.match(r.stdout, /light: 36 pairs checked, lowest \d+\.\d\d:1/);
    const light = JSON.parse(readFileSync(join(dir, 'meitingen', 'light.json'), 'utf8'));
    assert.equal(light.color.text.default.$value, '{palette.neutral.900}');
  });
});

test('rejects a value that is not a colour, with exit code 2 and nothing written', () => {
  withDir((dir) => {
    const r = run('--name', 'x', '--primary', 'königsblau', '--out', dir);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--primary is not a colour: "königsblau"/);
    assert.deepEqual(readdirSync(dir), []);
  });
});

test('rejects a transparent colour and a font stack that would break out of the CSS', () => {
  withDir((dir) => {
    const clear = run('--name', 'x', '--primary', 'rgba(0, 0, 0, 0)', '--out', dir);
    assert.equal(clear.status, 2);
    assert.match(clear.stderr, /--primary is not a colour: "rgba\(0, 0, 0, 0\)" \(use an opaque/);
    const evil = run('--name', 'x', '--primary', '#003366', '--font', 'Arial;}html{display:none', '--out', dir);
    assert.equal(evil.status, 2);
    assert.match(evil.stderr, /--font must be a comma-separated list of font family names/);
    assert.deepEqual(readdirSync(dir), []);
  });
});

test('rejects an unknown option and a missing --primary with usage', () => {
  const unknown = run('--name', 'x', '--primary', '#000', '--colour', 'red');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /Unknown option '--colour'/);
  assert.match(unknown.stderr, /Usage: blaupause-theme/);
  const missing = run('--name', 'x');
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /missing --primary/);
});

test('an unwritable --out fails with exit 1 and leaves nothing behind', () => {
  withDir((dir) => {
    const file = join(dir, 'datei');
    writeFileSync(file, '');
    const r = run('--name', 'x', '--primary', '#003366', '--out', join(file, 'unter'));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /cannot use --out .*ENOTDIR|cannot write/);
    assert.deepEqual(readdirSync(dir), ['datei']);
  });
});

test('does not replace an existing theme without --force', () => {
  withDir((dir) => {
    assert.equal(run('--name', 'x', '--primary', '#003366', '--out', dir).status, 0);
    const before = readFileSync(join(dir, 'x', 'palette.json'), 'utf8');
    const again = run('--name', 'x', '--primary', '#660000', '--out', dir);
    assert.equal(again.status, 1);
    assert.match(again.stderr, /exists; use --force/);
    assert.equal(readFileSync(join(dir, 'x', 'palette.json'), 'utf8'), before);
    assert.equal(run('--name', 'x', '--primary', '#660000', '--out', dir, '--force').status, 0);
    assert.ok(readFileSync(join(dir, 'x', 'palette.json'), 'utf8') !== before, 'the palette was replaced');
    assert.ok(!readdirSync(dir).some((n) => n.startsWith('.')), 'no scratch folder left');
    assert.ok(existsSync(join(dir, 'x', 'x.css')));
  });
});
