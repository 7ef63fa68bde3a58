// `node bench/address-data.mjs`: the figures of the address data in @blaupause/domain.
// Prints, never asserts:
//   - PLZ table (packages/domain/data/plz.js): raw, gzip, brotli; PLZ, pairs, places, data date;
//     PLZ with several places, the most places for one PLZ, 54636's count
//   - load: import of the data module and decoding (median of fresh decodes), lookup time per call
//   - country list: raw, gzip, brotli
//   - the address module a component imports (bundled, minified, the lazy parts split off)
// Budgets (issue 5): table ≤ 60 KB brotli, lookup < 1 ms once loaded. `npm run bench` imports
// measureAddressData() and prints these two figures against the budgets declared in
// bench/pages/address-input.budgets.json.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { compressedSizes, kb } from '../scripts/lib/sizes.mjs';

const RUNS = Number(process.env.BP_BENCH_RUNS ?? 15);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// What bp-address-input will likely import: everything but the two lookup providers (a page
// passes its provider in). Tree-shaken like the component bundle.
const used = [
  'parseHausnummer',
  'formatHausnummer',
  'normalisePlz',
  'isPlz',
  'normaliseText',
  'normaliseAnschrift',
  'toFormFields',
  'fromFormFields',
  'withHausnummer',
  'hausnummerText',
  'fieldValidators',
  'ortMatchesPlz',
  'zeilenRequired',
  'zeilenNoGap',
  'zeilenMax',
  'splitPastedAddress',
  'formatAnschrift',
  'loadPlzTable',
  'lookupPlz',
  'loadCountries',
  'addressMessages',
];

/**
 * Measures the address data (run from the repository root). `plzChunk` is the table as a browser
 * fetches it (the lazy chunk of the bundled address module), `lookupMs` the median time of one
 * `lookupPlz` call once the table is decoded.
 */
export async function measureAddressData(runs = RUNS) {
  const dir = mkdtempSync(join(tmpdir(), 'bp-address-bench-'));
  try {
    // The address entry as a component bundles it: minified, lazy chunks (table, countries) split off.
    await build({
      entryPoints: { address: 'packages/domain/src/address.ts' },
      outdir: dir,
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      legalComments: 'none',
      logLevel: 'warning',
    });
    const address = await import(pathToFileURL(join(dir, 'address.js')).href);
    const plzFile = compressedSizes(readFileSync('packages/domain/data/plz.js'));

    let t0 = performance.now();
    const data = await import(pathToFileURL(`${process.cwd()}/packages/domain/data/plz.js`).href);
    const importMs = performance.now() - t0;
    const decodes = [];
    let table;
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      table = address.decodePlzTable(data.payload, data.meta);
      decodes.push(performance.now() - t0);
    }
    const lists = [...table.entries.values()];
    const most = Math.max(...lists.map((l) => l.length));

    // Lookups: every PLZ of the table plus misses, in a shuffled order, many times over.
    const keys = [...table.entries.keys(), '00000', '99999', '8615', 'D-86150'];
    for (let i = keys.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [keys[i], keys[j]] = [keys[j], keys[i]];
    }
    const perCall = [];
    let sink = 0;
    for (let r = 0; r < runs; r++) {
      t0 = performance.now();
      for (let k = 0; k < 10; k++) for (const key of keys) sink += address.lookupPlz(table, key).length;
      perCall.push(((performance.now() - t0) * 1e6) / (keys.length * 10));
    }

    const countries = {
      sizes: compressedSizes(readFileSync('packages/domain/data/countries.js')),
      count: (await address.loadCountries()).countries.length,
    };

    const chunks = readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .sort()
      .map((file) => ({
        name: file.replace(/-[A-Z0-9]{8}\.js$/, '.js'),
        kind: file === 'address.js' ? 'entry' : file.startsWith('chunk-') ? 'shared' : 'lazy',
        sizes: compressedSizes(readFileSync(join(dir, file))),
      }));

    const usedDir = join(dir, 'used');
    await build({
      stdin: {
        contents: `export { ${used.join(', ')} } from './packages/domain/src/address.ts';`,
        resolveDir: process.cwd(),
        sourcefile: 'component-imports.js',
      },
      outdir: usedDir,
      bundle: true,
      splitting: true,
      minify: true,
      format: 'esm',
      target: 'es2022',
      charset: 'utf8',
      legalComments: 'none',
      logLevel: 'warning',
    });
    const entry = readdirSync(usedDir).find((f) => f.startsWith('stdin') || f === 'component-imports.js') ?? 'stdin.js';

    return {
      runs,
      plzFile,
      plzChunk: chunks.find((c) => c.name === 'plz-data.js').sizes,
      meta: table.meta,
      several: lists.filter((l) => l.length > 1).length,
      most,
      mostPlz: [...table.entries].find(([, l]) => l.length === most)[0],
      count54636: address.lookupPlz(table, '54636').length,
      leadingZero: [...table.entries.keys()].filter((k) => k.startsWith('0')).length,
      importMs,
      decodeMs: median(decodes),
      lookupMs: median(perCall) / 1e6,
      lookupCalls: keys.length * 10,
      checksum: sink,
      countries,
      chunks,
      used: { count: used.length, sizes: compressedSizes(readFileSync(join(usedDir, entry))) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function print(r) {
  const ms = (n) => `${n.toFixed(2)} ms`.padStart(10);
  const row = (label, { min, gzip, brotli }) =>
    console.log(`  ${label.padEnd(34)}${kb(min)} raw ${kb(gzip)} gzip ${kb(brotli)} brotli`);
  const { meta } = r;
  console.log('PLZ table (packages/domain/data/plz.js)');
  row('as shipped', r.plzFile);
  console.log(`  data ${meta.date}, ${meta.source}, ${meta.licence}: ${meta.attribution}`);
  console.log(`  ${meta.count} PLZ, ${meta.pairs} PLZ–place pairs, ${meta.places} distinct places`);
  console.log(
    `  ${r.several} PLZ with several places; most: ${r.mostPlz} with ${r.most}; ` +
      `54636: ${r.count54636}; ${r.leadingZero} PLZ start with 0`,
  );
  console.log(`  import of the data module ${ms(r.importMs)} (Node, parse and evaluate)`);
  console.log(`  decode                     ${ms(r.decodeMs)} (median of ${r.runs})`);
  console.log(
    `  lookupPlz per call       ${r.lookupMs.toFixed(5).padStart(10)} ms ` +
      `(${(r.lookupMs * 1e6).toFixed(0)} ns; median of ${r.runs} runs of ${r.lookupCalls} calls; checksum ${r.checksum})`,
  );

  console.log('\nCountry list (packages/domain/data/countries.js)');
  row('as shipped', r.countries.sizes);
  console.log(`  ${r.countries.count} states and territories without Germany`);

  console.log('\n@blaupause/domain/address as bundled (minified; the table and the countries are lazy chunks)');
  for (const c of r.chunks) row(`${c.name} (${c.kind})`, c.sizes);
  row(`what the component imports (${r.used.count} names)`, r.used.sizes);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  print(await measureAddressData());
}
