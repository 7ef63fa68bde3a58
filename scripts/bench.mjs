// `npm run bench`: one page per component plus bare-Lit floors, served on 127.0.0.1 and measured
// in headless Chromium (Debian's /usr/bin/chromium). Prints, per page:
//   - JS loaded: every .js file the page fetches from navigation until the first render of N = 200
//     instances is complete and the network is idle (min, gzip, brotli, each file compressed on
//     its own, summed), and the lazy chunks it did not fetch. Each page is its own esbuild build
//     with code splitting, so a dynamic import() becomes a chunk that counts only once fetched;
//     a page without dynamic imports is one file. The harness (bench/pages/harness.ts) is built
//     once and served as /harness.js; it counts in no page.
//   - first render of N = 50 and N = 200 instances, from a GC'd page: the main thread's CPU time
//     (CDP Performance.getMetrics ThreadTime around window.bpBench()), which other processes on
//     this two-core machine barely change, and at N = 200 also the wall-clock time the harness
//     takes, which they do; the JS heap after N = 200 and a forced GC. Medians over RUNS rounds
//     after a warm-up; ± is half the interquartile range in % of the median.
//   - ratios to the page's floor (`floor` unless its budget file names another): in every round
//     each page is measured right next to its floor (in random order, pages in a new order each
//     round), and the ratio is the median of those pairs' ratios, so a busy phase of the machine
//     hits both sides of a ratio alike. A floor's own figures pool all its pairs.
// Budgets: bench/pages/<page>.budgets.json declares a page's budgets (keys in METRICS below);
// they are printed with ✓/✗. `npm run bench -- --check` exits non-zero when a declared budget is
// missed or could not be measured; without --check the figures are only printed. The PLZ table
// budgets use bench/address-data.mjs.
// BP_BENCH_PAGES=a,b measures only those pages and their floors (while working on one component).
// Every component issue adds its page in bench/pages/.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { compressedSizes } from './lib/sizes.mjs';
import { benchBuildOptions } from './lib/bench-build.mjs';
import { launch } from 'puppeteer-core';
import { browserPaths, chromiumArgs } from './browsers.mjs';
import { measureAddressData } from '../bench/address-data.mjs';
import { measureStatusEvents } from '../bench/status-events.mjs';

const args = process.argv.slice(2);
for (const a of args) if (a !== '--check') throw new Error(`unknown argument ${a} (only --check)`);
const CHECK = args.includes('--check');
const RUNS = Number(process.env.BP_BENCH_RUNS ?? 9);
if (!Number.isInteger(RUNS) || RUNS < 1) throw new Error(`BP_BENCH_RUNS must be a positive integer, not ${RUNS}`);
const SIZES = [50, 200];
const NMAX = Math.max(...SIZES);
const DEFAULT_FLOOR = 'floor';
const NOISY = 0.1; // a spread above ±10% gets a warning
const out = 'bench/out';
const pagesDir = 'bench/pages';

// ---- budget declarations ----------------------------------------------------------------------

const kbText = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ratioText = (r) => `${r.toFixed(2)}×`;
/** What a budget file may declare: the limit is the number given in the file. */
const METRICS = {
  loadedJsGzipKB: {
    label: 'JS loaded before interaction, gzip',
    op: '≤',
    unit: 'KB',
    value: (r) => r.page?.loaded && r.page.loaded.gzip / 1024,
  },
  loadedJsBrotliKB: {
    label: 'JS loaded before interaction, brotli',
    op: '≤',
    unit: 'KB',
    value: (r) => r.page?.loaded && r.page.loaded.brotli / 1024,
  },
  renderRatio: {
    label: `first render N=${NMAX} vs floor (CPU)`,
    op: '≤',
    unit: '×',
    value: (r) => r.page?.cpu[NMAX].vs?.median,
  },
  heapRatio: { label: `JS heap N=${NMAX} vs floor`, op: '≤', unit: '×', value: (r) => r.page?.heap.vs?.median },
  plzTableBrotliKB: {
    label: 'PLZ table as fetched (lazy chunk), brotli',
    op: '≤',
    unit: 'KB',
    value: (r) => r.address && r.address.plzChunk.brotli / 1024,
    from: 'bench/address-data.mjs',
  },
  plzLookupMs: {
    label: 'PLZ lookup once loaded (Node, per call)',
    op: '<',
    unit: 'ms',
    value: (r) => r.address?.lookupMs,
    from: 'bench/address-data.mjs',
  },
  statusRender500Ms: {
    label: 'bp-status-tracker, first render of 500 events',
    op: '≤',
    unit: 'ms',
    value: (r) => r.status?.renderMs,
    from: 'bench/status-events.mjs',
  },
  statusUpdate500Ms: {
    label: 'bp-status-tracker, 500 events, slowest live update',
    op: '≤',
    unit: 'ms',
    value: (r) => r.status?.updateMaxMs,
    from: 'bench/status-events.mjs',
  },
};

const pages = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.ts') && f !== 'harness.ts')
  .map((f) => f.replace(/\.ts$/, ''))
  .sort((a, b) => (a === DEFAULT_FLOOR ? -1 : b === DEFAULT_FLOOR ? 1 : a.localeCompare(b)));
if (!pages.includes(DEFAULT_FLOOR)) throw new Error(`${pagesDir}/${DEFAULT_FLOOR}.ts is missing`);
const only = process.env.BP_BENCH_PAGES?.split(',').filter(Boolean);
for (const p of only ?? []) if (!pages.includes(p)) throw new Error(`BP_BENCH_PAGES: no page ${pagesDir}/${p}.ts`);

const budgets = {};
for (const file of readdirSync(pagesDir).filter((f) => f.endsWith('.budgets.json'))) {
  const page = file.replace(/\.budgets\.json$/, '');
  const spec = JSON.parse(readFileSync(`${pagesDir}/${file}`, 'utf8'));
  const where = `${pagesDir}/${file}`;
  if (!pages.includes(page)) throw new Error(`${where}: no page ${pagesDir}/${page}.ts`);
  for (const key of Object.keys(spec)) {
    if (!['source', 'floor', 'budgets'].includes(key)) throw new Error(`${where}: unknown key ${key}`);
  }
  if (spec.floor !== undefined && !pages.includes(spec.floor)) throw new Error(`${where}: no floor page ${spec.floor}`);
  if (spec.floor === page) throw new Error(`${where}: a page cannot be its own floor`);
  for (const [key, limit] of Object.entries(spec.budgets ?? {})) {
    if (!METRICS[key]) throw new Error(`${where}: unknown budget ${key} (known: ${Object.keys(METRICS).join(', ')})`);
    if (typeof limit !== 'number' || !(limit > 0)) throw new Error(`${where}: ${key} must be a positive number`);
  }
  budgets[page] = spec;
}
const floorOf = (p) => budgets[p]?.floor ?? DEFAULT_FLOOR;
if (only) {
  const keep = new Set(only.flatMap((p) => [p, floorOf(p)]));
  pages.splice(0, pages.length, ...pages.filter((p) => keep.has(p)));
  for (const p of Object.keys(budgets)) if (!keep.has(p)) delete budgets[p];
}

// ---- address data (no browser running yet, so nothing competes for the CPU) -------------------

let address;
let addressError;
try {
  address = await measureAddressData();
} catch (e) {
  addressError = e instanceof Error ? e.message.split('\n')[0] : String(e);
}

// ---- bp-status-tracker with 500 events (its own page and browser; only when its page is measured) ----

let status;
let statusError;
if (pages.includes('status-tracker')) {
  try {
    status = await measureStatusEvents({ runs: RUNS });
  } catch (e) {
    statusError = e instanceof Error ? e.message.split('\n')[0] : String(e);
  }
}

// ---- build: one esbuild build per page, dynamic imports split into chunks ---------------------

const skipped = {}; // page → why it has no figures
const outputs = {}; // page → [{ file, what, sizes }]
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const common = benchBuildOptions;
await build({ ...common, entryPoints: [`${pagesDir}/harness.ts`], outdir: out, logLevel: 'warning' });
const harnessSizes = compressedSizes(readFileSync(`${out}/harness.js`));
/** Pages import './harness.js'; it stays a separate module, one level up from the page's folder. */
const harnessExternal = {
  name: 'harness-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/harness\.js$/ }, () => ({ path: '../harness.js', external: true }));
  },
};
for (const p of pages) {
  try {
    const { metafile } = await build({
      entryPoints: [`${pagesDir}/${p}.ts`],
      ...common,
      outdir: `${out}/${p}`,
      splitting: true,
      plugins: [harnessExternal],
      logLevel: 'silent',
      metafile: true,
    });
    outputs[p] = Object.entries(metafile.outputs)
      .filter(([file]) => file.endsWith('.js'))
      .map(([file, o]) => {
        // Name a chunk by what is import()ed, or else by the source that makes up most of it.
        const inputs = Object.entries(o.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
        const top = (inputs[0]?.[0] ?? '').replace(/^node_modules\//, '');
        return {
          file: file.slice(`${out}/${p}/`.length),
          what: o.entryPoint
            ? o.entryPoint === `${pagesDir}/${p}.ts`
              ? o.entryPoint
              : `import() of ${o.entryPoint}`
            : inputs.length > 1
              ? `${top} +${inputs.length - 1}`
              : top || 'shared glue',
          sizes: compressedSizes(readFileSync(file)),
        };
      });
    writeFileSync(
      `${out}/${p}/index.html`,
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${p}</title><link rel="icon" href="data:,"></head>` +
        `<body><script type="module" src="./${p}.js"></script></body></html>`,
    );
  } catch (e) {
    const first = e.errors?.[0];
    skipped[p] = first
      ? `build failed: ${first.text}${first.location ? ` (${first.location.file}:${first.location.line})` : ''}`
      : `build failed: ${e instanceof Error ? e.message : String(e)}`;
  }
}

// ---- browser ----------------------------------------------------------------------------------

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://127.0.0.1').pathname;
  let body;
  try {
    body = readFileSync(`${out}${path}`);
  } catch {
    return void res.writeHead(404).end();
  }
  res.writeHead(200, {
    'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html',
    'cache-control': 'no-store',
  });
  res.end(body);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launch({
  executablePath: browserPaths.chromium,
  headless: true,
  args: [
    ...chromiumArgs,
    '--js-flags=--expose-gc',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
});

/**
 * Opens a page with n instances and renders them. `record`: collect the .js files fetched until the
 * network is idle (cache off); otherwise return the wall and main-thread CPU time of the render
 * and, at NMAX, the heap after a GC.
 */
async function visit(page, n, { record = false } = {}) {
  const tab = await browser.newPage();
  let fail;
  const failed = new Promise((_, reject) => (fail = reject));
  failed.catch(() => {});
  /** The promise, unless the page fails first or it takes over a minute (e.g. an element never defined). */
  const guard = async (promise) => {
    let timer;
    const late = new Promise((_, reject) => {
      timer = setTimeout(
        () => reject(new Error('no result within 60 s (an element never defined, or an update never done?)')),
        60_000,
      );
    });
    try {
      return await Promise.race([promise, failed, late]);
    } finally {
      clearTimeout(timer);
    }
  };
  const fetched = new Set();
  tab.on('pageerror', (e) => fail(new Error(`page error: ${e.message.split('\n')[0]}`)));
  tab.on('requestfailed', (r) => fail(new Error(`request failed: ${r.url()} (${r.failure()?.errorText})`)));
  tab.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (!path.endsWith('.js') || path === '/harness.js') return;
    if (r.status() !== 200) fail(new Error(`${r.status()} for ${path}`));
    fetched.add(path);
  });
  try {
    const cdp = await tab.createCDPSession();
    await cdp.send('Performance.enable');
    /** CPU seconds of the page's main thread so far. */
    const threadTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value;
    if (record) await tab.setCacheEnabled(false);
    await guard(
      (async () => {
        await tab.goto(`${origin}/${page}/index.html?n=${n}`, { waitUntil: 'load' });
        await tab.waitForFunction('window.bpBench', { timeout: 60_000 });
      })(),
    );
    if (record) {
      await guard(tab.evaluate('window.bpBench()'));
      await guard(tab.waitForNetworkIdle({ idleTime: 500 }));
      return { fetched: [...fetched] };
    }
    await tab.evaluate('gc()'); // start every page from the same clean heap
    const cpu0 = await threadTime();
    const { ms, nested } = await guard(tab.evaluate('window.bpBench()'));
    const cpu = ((await threadTime()) - cpu0) * 1000;
    let heap;
    if (n === NMAX) {
      await tab.evaluate('gc()');
      heap = (await tab.metrics()).JSHeapUsedSize;
    }
    return { wall: ms, cpu, heap, nested };
  } finally {
    await tab.close();
  }
}

const reason = (e) => (e instanceof Error ? e.message : String(e));
const loaded = {}; // page → sizes summed over the fetched files
const nestedWaits = {}; // page → most nested elements the harness waited for after the hosts
for (const p of pages.filter((q) => !skipped[q])) {
  try {
    const { fetched } = await visit(p, NMAX, { record: true });
    const files = new Set(fetched.map((path) => path.slice(`/${p}/`.length)));
    const stray = fetched.filter((path) => !path.startsWith(`/${p}/`));
    if (stray.length) throw new Error(`fetched files of another page: ${stray.join(', ')}`);
    for (const o of outputs[p]) o.loaded = files.has(o.file);
    const sum = (os) =>
      os.reduce(
        (s, o) => ({ min: s.min + o.sizes.min, gzip: s.gzip + o.sizes.gzip, brotli: s.brotli + o.sizes.brotli }),
        {
          min: 0,
          gzip: 0,
          brotli: 0,
        },
      );
    loaded[p] = { ...sum(outputs[p].filter((o) => o.loaded)), files: files.size };
    loaded[p].lazy = { ...sum(outputs[p].filter((o) => !o.loaded)), files: outputs[p].length - files.size };
    // Warm-up, not counted.
    for (const n of SIZES) nestedWaits[p] = Math.max(nestedWaits[p] ?? 0, (await visit(p, n)).nested);
  } catch (e) {
    skipped[p] = reason(e);
  }
}

// Figures per page: TIMES[kind][n] and heap; the same again as ratios to the floor beside it.
const TIMES = ['cpu', 'wall'];
const empty = () => ({
  ...Object.fromEntries(TIMES.map((k) => [k, Object.fromEntries(SIZES.map((n) => [n, []]))])),
  heap: [],
});
const samples = Object.fromEntries(pages.map((p) => [p, empty()]));
const ratios = Object.fromEntries(pages.map((p) => [p, empty()]));
async function sample(p, n, run) {
  try {
    const r = await visit(p, n);
    nestedWaits[p] = Math.max(nestedWaits[p], r.nested);
    for (const k of TIMES) samples[p][k][n].push(r[k]);
    if (r.heap !== undefined) samples[p].heap.push(r.heap);
    return r;
  } catch (e) {
    skipped[p] = `round ${run + 1}: ${reason(e)}`;
    return undefined;
  }
}
/** Pages measured against a floor; a floor is measured in its pages' pairs. */
const withFloor = () => pages.filter((p) => !skipped[p] && floorOf(p) !== p);
for (let run = 0; run < RUNS; run++) {
  for (const n of SIZES) {
    // Each page right next to its floor, in random order, pages in a new order each round: a busy
    // phase of the machine hits a page and its floor alike, and every page alike over the rounds.
    for (const p of withFloor().sort(() => Math.random() - 0.5)) {
      const f = floorOf(p);
      if (skipped[p]) continue;
      if (skipped[f]) {
        await sample(p, n, run);
        continue;
      }
      const pageFirst = Math.random() < 0.5;
      const first = await sample(pageFirst ? p : f, n, run);
      const second = await sample(pageFirst ? f : p, n, run);
      if (!first || !second) continue;
      const [mine, theirs] = pageFirst ? [first, second] : [second, first];
      for (const k of TIMES) ratios[p][k][n].push(mine[k] / theirs[k]);
      if (n === NMAX) ratios[p].heap.push(mine.heap / theirs.heap);
    }
  }
}
await browser.close();
server.close();

// ---- figures ----------------------------------------------------------------------------------

const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.ceil(pos)] - s[lo]) * (pos - lo);
};
/** Median, quartiles and ± (half the interquartile range relative to the median). */
const stats = (xs) => {
  const median = quantile(xs, 0.5);
  const q1 = quantile(xs, 0.25);
  const q3 = quantile(xs, 0.75);
  return { median, q1, q3, spread: (q3 - q1) / 2 / median };
};

const measured = () => pages.filter((p) => !skipped[p] && samples[p].heap.length);
const results = {};
for (const p of measured()) {
  const f = floorOf(p);
  const vs = (xs) => (f === p || skipped[f] || !xs.length ? undefined : stats(xs));
  const both = (xs, rs) => ({ ...stats(xs), vs: vs(rs) });
  results[p] = {
    floor: f,
    loaded: loaded[p],
    ...Object.fromEntries(
      TIMES.map((k) => [k, Object.fromEntries(SIZES.map((n) => [n, both(samples[p][k][n], ratios[p][k][n])]))]),
    ),
    heap: both(samples[p].heap, ratios[p].heap),
  };
}

const pct = (s) => `±${Math.round(s * 100)}%`;
const msCell = (st) => `${st.median.toFixed(1)} ms ${pct(st.spread)}`;
const ratioCell = (st) => (st ? `${ratioText(st.median)} ${pct(st.spread)}` : '–');
const rows = measured().map((p) => {
  const r = results[p];
  const fl = loaded[r.floor];
  return [
    p,
    r.floor,
    `${(r.loaded.min / 1024).toFixed(1)} / ${(r.loaded.gzip / 1024).toFixed(1)} / ${(r.loaded.brotli / 1024).toFixed(1)}` +
      (r.loaded.files > 1 ? ` (${r.loaded.files} files)` : ''),
    fl && !skipped[r.floor] ? ratioText(r.loaded.gzip / fl.gzip) : '–',
    r.loaded.lazy.files ? `${(r.loaded.lazy.gzip / 1024).toFixed(1)} (${r.loaded.lazy.files})` : '–',
    ...SIZES.flatMap((n) => [msCell(r.cpu[n]), ratioCell(r.cpu[n].vs)]),
    msCell(r.wall[NMAX]),
    ratioCell(r.wall[NMAX].vs),
    `${(r.heap.median / 1048576).toFixed(2)} MB ${pct(r.heap.spread)}`,
    ratioCell(r.heap.vs),
  ];
});
const header = [
  'page',
  'floor',
  'JS loaded KB min / gzip / br',
  'gzip×',
  'lazy KB gzip',
  ...SIZES.flatMap((n) => [`render N=${n} CPU`, '×floor']),
  `wall N=${NMAX}`,
  '×floor',
  `heap N=${NMAX}`,
  '×floor',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  cells
    .map((c, i) => c.padEnd(widths[i]))
    .join('  ')
    .trimEnd();
console.log(`\nBlaupause benchmark — headless Chromium, medians of ${RUNS} rounds, each page next to its floor\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log(
  `\nJS loaded: .js files fetched until N=${NMAX} rendered and the network idle, each compressed on its own;` +
    ` the harness (${kbText(harnessSizes.gzip)} gzip) is served on its own and not counted.` +
    `\nlazy: chunks built but not fetched by then (dynamic imports).` +
    `\nrender CPU: main-thread CPU time of the first render (Chromium's ThreadTime), which other processes on the` +
    `\nmachine barely change; wall: the same render on the clock (performance.now()), which they do.` +
    `\n×floor: median of the ratios to the floor measured right beside it, one pair per round. ± is half the IQR.`,
);
const waited = measured().filter((p) => nestedWaits[p] > 0);
if (waited.length) {
  console.log(
    `Nested work finished after the hosts' updateComplete and is included in the render time: ` +
      waited.map((p) => `${p} (up to ${nestedWaits[p]} pending)`).join(', '),
  );
}
const noisy = measured().filter((p) =>
  [...SIZES.flatMap((n) => [results[p].cpu[n], results[p].cpu[n].vs]), results[p].heap, results[p].heap.vs].some(
    (st) => st && st.spread > NOISY,
  ),
);
if (noisy.length) {
  console.log(`Noisy (CPU or heap spread above ±${NOISY * 100}%): ${noisy.join(', ')}. Rerun, or raise BP_BENCH_RUNS.`);
}

const split = measured().filter((p) => outputs[p].length > 1);
if (split.length) {
  console.log('\nFiles of pages with chunks (gzip / brotli)');
  for (const p of split) {
    console.log(`  ${p}`);
    for (const o of outputs[p]) {
      const state = o.file === `${p}.js` ? 'page entry' : o.loaded ? 'loaded' : 'lazy, not loaded';
      console.log(
        `    ${o.file.padEnd(28)} ${kbText(o.sizes.gzip).padStart(9)} / ${kbText(o.sizes.brotli).padStart(9)}  ${state.padEnd(16)}  ${o.what}`,
      );
    }
  }
}

const skippedPages = pages.filter((q) => skipped[q]);
if (skippedPages.length) {
  console.log('\nSkipped (no figures; the other pages are measured as usual)');
  for (const p of skippedPages) console.log(`  ${p}: ${skipped[p]}`);
}

console.log('\nAddress data (bench/address-data.mjs; `node bench/address-data.mjs` prints all its figures)');
if (address) {
  console.log(
    `  PLZ table, brotli: ${kbText(address.plzChunk.brotli)} as a browser fetches the lazy chunk ` +
      `(${kbText(address.plzFile.brotli)} the file packages/domain/data/plz.js as shipped)`,
  );
  console.log(
    `  PLZ lookup once loaded: ${address.lookupMs.toFixed(5)} ms per call ` +
      `(Node, median of ${address.runs} runs of ${address.lookupCalls} calls)`,
  );
} else {
  console.log(`  not measured: ${addressError}`);
}

if (pages.includes('status-tracker')) {
  console.log('\nbp-status-tracker with 500 events (bench/status-events.mjs; `node bench/status-events.mjs` alone)');
  if (status) {
    console.log(
      `  first render ${status.renderMs.toFixed(1)} ms; live updates of one event: median ${status.updateMedianMs.toFixed(1)} ms, ` +
        `slowest of ${status.updates} ${status.updateMaxMs.toFixed(1)} ms; longest main-thread task ` +
        `${status.longestTaskMs ? `${status.longestTaskMs.toFixed(0)} ms` : 'none over 50 ms'} (medians of ${status.runs} rounds)`,
    );
  } else {
    console.log(`  not measured: ${statusError}`);
  }
}

// ---- budget report --------------------------------------------------------------------------

let missed = 0;
let unmeasured = 0;
let met = 0;
if (Object.keys(budgets).length) {
  console.log(
    `\nBudgets (${pagesDir}/*.budgets.json)${CHECK ? '' : ' — report only; `npm run bench -- --check` fails on ✗ or ?'}`,
  );
}
for (const [p, spec] of Object.entries(budgets)) {
  console.log(`  ${p}${spec.source ? ` (${spec.source})` : ''}, floor ${floorOf(p)}`);
  const r = { page: results[p], address, status };
  for (const [key, limit] of Object.entries(spec.budgets ?? {})) {
    const m = METRICS[key];
    const value = m.value(r);
    const fmt = (v) =>
      m.unit === '×' ? ratioText(v) : m.unit === 'ms' ? `${v.toFixed(v < 1 ? 5 : 1)} ms` : `${v.toFixed(1)} KB`;
    const limitText = `${m.op} ${m.unit === '×' ? `${limit}×` : `${limit} ${m.unit}`}`;
    let note = m.from ? `  (${m.from})` : '';
    if (value === undefined || Number.isNaN(value)) {
      unmeasured++;
      const why = m.from
        ? ((m.from.includes('status') ? statusError : addressError) ?? 'no figure')
        : (skipped[p] ?? skipped[floorOf(p)] ?? 'no figure');
      console.log(`    ? ${m.label.padEnd(52)} ${'not measured'.padEnd(12)} ${limitText}  — ${why}`);
      continue;
    }
    const ok = m.op === '<' ? value < limit : value <= limit;
    const mark = ok ? '✓' : '✗';
    if (ok) met++;
    else missed++;
    // A ratio whose quartiles straddle the limit could go either way on another run.
    const q = key === 'renderRatio' ? r.page.cpu[NMAX].vs : key === 'heapRatio' ? r.page.heap.vs : undefined;
    if (q && q.q1 <= limit && limit <= q.q3) {
      note += `  within noise: quartiles ${ratioText(q.q1)}–${ratioText(q.q3)}; rerun or raise BP_BENCH_RUNS`;
    }
    console.log(`    ${mark} ${m.label.padEnd(52)} ${fmt(value).padEnd(12)} ${limitText}${note}`);
  }
}
if (Object.keys(budgets).length) {
  console.log(`  ${met} met, ${missed} missed, ${unmeasured} not measured`);
}
if (CHECK && missed + unmeasured > 0) {
  console.log(`\n--check: ${missed} budget(s) missed, ${unmeasured} not measured`);
  process.exitCode = 1;
}
