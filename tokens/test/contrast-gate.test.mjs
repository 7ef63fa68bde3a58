import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatTable, gate } from '../lib/contrast-gate.mjs';

const built = JSON.parse(readFileSync(new URL('../dist/json/themes/default.json', import.meta.url), 'utf8'));

test('the built default theme passes the gate', () => {
  assert.deepEqual(
    gate({ default: built }).filter((r) => !r.ok),
    [],
  );
});

test('a deliberately broken pair fails the gate with a readable table', () => {
  const broken = structuredClone(built);
  broken.light['--bp-color-text-muted'] = '#d0d0d0';
  const failed = gate({ kaputt: broken }).filter((r) => !r.ok);
  assert.deepEqual(
    failed.map((r) => [r.mode, r.foreground, r.background]),
    [
      ['light', 'color-text-muted', 'color-surface-default'],
      ['light', 'color-text-muted', 'color-surface-subtle'],
    ],
  );
  const table = formatTable(failed);
  assert.match(table, /theme\s+mode\s+foreground\s+background\s+ratio\s+needed/);
  assert.match(table, /kaputt\s+light\s+color-text-muted #d0d0d0\s+color-surface-default #ffffff\s+1\.\d\d:1\s+4\.5:1/);
});

test('a missing token fails the gate', () => {
  const broken = structuredClone(built);
  delete broken.dark['--bp-color-focus-ring'];
  assert.ok(gate({ kaputt: broken }).some((r) => !r.ok && r.missing && r.mode === 'dark'));
});

test('the gate script exits 1 and prints the table for a broken theme folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bp-gate-'));
  try {
    const broken = structuredClone(built);
    broken.dark['--bp-color-text-default'] = broken.dark['--bp-color-surface-default'];
    writeFileSync(join(dir, 'kaputt.json'), JSON.stringify(broken));
    const r = spawnSync(process.execPath, [new URL('../scripts/check-contrast.mjs', import.meta.url).pathname, dir], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 1);
    assert.match(r.stderr, /kaputt\s+dark\s+color-text-default/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
