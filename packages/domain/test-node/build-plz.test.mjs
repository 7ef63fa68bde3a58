// The documented rebuild of the PLZ table from an OpenPLZ export (docs/address-data.md):
// `node packages/domain/scripts/build-plz.mjs FILE --date YYYY-MM-DD --out FILE`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compileAddress } from './compile.mjs';

const script = fileURLToPath(new URL('../scripts/build-plz.mjs', import.meta.url));
let dir;
let address;
let cleanup;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'bp-plz-'));
  ({ module: address, cleanup } = await compileAddress());
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  cleanup();
});

const run = (...args) => spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });

/** A street export as OpenPLZ publishes it, with 1,200 PLZ (the script refuses fewer than 1,000). */
function streetExport() {
  const rows = ['Name,PostalCode,Locality,RegionalKey,Borough,Suburb'];
  for (let i = 0; i < 1200; i++) {
    const plz = String(10000 + i * 7).padStart(5, '0');
    rows.push(`Hauptstr.,${plz},Ort ${i},09000000,,`, `Bahnhofstr.,${plz},Ort ${i},09000000,,`);
  }
  rows.push(
    'Kirchplatz,01067,Dresden,14612000,Altstadt,',
    'Schloßstr.,54636,"Biersdorf am See",07232000,,',
    'Am Weiher,54636,Baustert,07232000,,',
    '"Weg ""A"", Ecke B",54636,Baustert,07232000,,',
    'Mühlweg,86150,Augsburg,09761000,Innenstadt,"Altstadt, Süd"',
    'Kaputt,8615,Nirgendwo,,,',
  );
  return rows.join('\r\n');
}

describe('build-plz.mjs: rebuild from an OpenPLZ export', () => {
  it('writes a table the domain decodes, with the data date and ODbL attribution', async () => {
    const csv = join(dir, 'streets.csv');
    const out = join(dir, 'plz.js');
    writeFileSync(csv, `\uFEFF${streetExport()}`);
    const result = run(csv, '--date', '2025-07-29', '--out', out);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /1203 PLZ/);
    assert.match(result.stdout, /1 rows skipped/);
    const { meta, payload } = await import(pathToFileURL(out).href);
    assert.equal(meta.date, '2025-07-29');
    assert.equal(meta.licence, 'ODbL-1.0');
    assert.match(meta.attribution, /OpenStreetMap/);
    assert.match(meta.source, /OpenPLZ/);
    const table = address.decodePlzTable(payload, meta);
    assert.equal(table.size, meta.count);
    assert.deepEqual(address.lookupPlz(table, '01067'), ['Dresden']);
    assert.deepEqual(address.lookupPlz(table, '54636'), ['Baustert', 'Biersdorf am See']);
    assert.deepEqual(address.lookupPlz(table, '10007'), ['Ort 1']);
    assert.deepEqual(address.lookupPlz(table, '86150'), ['Augsburg']);
    assert.deepEqual(address.lookupPlz(table, '08615'), []);
  });

  it('reads a Localities CSV (PostalCode and Name columns, semicolons)', async () => {
    const csv = join(dir, 'localities.csv');
    const out = join(dir, 'plz-localities.js');
    const rows = ['PostalCode;Name;Municipality.Key'];
    for (let i = 0; i < 1000; i++) rows.push(`${String(20000 + i)};Ort ${i};0`);
    rows.push('86405;Meitingen;09772147');
    writeFileSync(csv, rows.join('\n'));
    const result = run(csv, '--date', '2025-01-01', '--out', out);
    assert.equal(result.status, 0, result.stderr);
    const { meta, payload } = await import(pathToFileURL(out).href);
    assert.deepEqual(address.lookupPlz(address.decodePlzTable(payload, meta), '86405'), ['Meitingen']);
  });

  it('refuses a file without the needed columns, or with too few PLZ', () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'Strasse,Stadt\nHauptstr.,Augsburg\n');
    const result = run(bad, '--out', join(dir, 'never.js'));
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /PostalCode and a Locality/);
    const small = join(dir, 'small.csv');
    writeFileSync(small, 'PostalCode,Locality\n86150,Augsburg\n');
    const tooFew = run(small, '--out', join(dir, 'never.js'));
    assert.notEqual(tooFew.status, 0);
    assert.match(tooFew.stderr, /only 1 PLZ/);
  });
});
