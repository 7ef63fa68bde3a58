// `npm run bench`: one page per component plus a bare-Lit floor, served on 127.0.0.1 and measured
// in headless Chromium (Debian's /usr/bin/chromium). Prints, per page:
//   JS loaded (min, gzip, brotli), first render of N = 50 and N = 200 instances (median of RUNS
//   runs, pages interleaved in a new order each round so machine noise hits all alike), JS heap
//   after N = 200 (after a forced GC), each also as a ratio to the floor.
// Figures are printed, never asserted. Every component issue adds its page in bench/pages/.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { compressedSizes } from './lib/sizes.mjs';
import { launch } from 'puppeteer-core';
import { browserPaths, chromiumArgs } from './browsers.mjs';

const RUNS = Number(process.env.BP_BENCH_RUNS ?? 9);
const SIZES = [50, 200];
const out = 'bench/out';
const pages = readdirSync('bench/pages')
  .filter((f) => f.endsWith('.ts') && f !== 'harness.ts')
  .map((f) => f.replace(/\.ts$/, ''));

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: pages.map((p) => `bench/pages/${p}.ts`),
  outdir: out,
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  conditions: ['@blaupause/source', 'production'],
  tsconfig: 'tsconfig.base.json',
  legalComments: 'none',
  logLevel: 'warning',
});

const sizes = {};
for (const p of pages) {
  sizes[p] = compressedSizes(readFileSync(`${out}/${p}.js`));
  writeFileSync(
    `${out}/${p}.html`,
    `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${p}</title></head><body><script type="module" src="./${p}.js"></script></body></html>`,
  );
}

const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://127.0.0.1').pathname;
  try {
    const body = readFileSync(`${out}${path}`);
    res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await launch({
  executablePath: browserPaths.chromium,
  headless: true,
  args: [...chromiumArgs, '--js-flags=--expose-gc'],
});

async function measure(page, n) {
  const tab = await browser.newPage();
  try {
    await tab.goto(`${origin}/${page}.html?n=${n}`, { waitUntil: 'load' });
    await tab.waitForFunction('window.bpBenchResult', { timeout: 60_000 });
    const { ms } = await tab.evaluate('window.bpBenchResult');
    let heap;
    if (n === Math.max(...SIZES)) {
      await tab.evaluate('gc()');
      heap = (await tab.metrics()).JSHeapUsedSize;
    }
    return { ms, heap };
  } finally {
    await tab.close();
  }
}

const samples = Object.fromEntries(pages.map((p) => [p, Object.fromEntries(SIZES.map((n) => [n, []]))]));
const heaps = Object.fromEntries(pages.map((p) => [p, []]));
// One warm-up round, not counted.
for (const p of pages) for (const n of SIZES) await measure(p, n);
for (let run = 0; run < RUNS; run++) {
  const order = [...pages].sort(() => Math.random() - 0.5);
  for (const n of SIZES) {
    for (const p of order) {
      const { ms, heap } = await measure(p, n);
      samples[p][n].push(ms);
      if (heap !== undefined) heaps[p].push(heap);
    }
  }
}
await browser.close();
server.close();

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const floor = 'floor';
const kb = (n) => `${(n / 1024).toFixed(1)}`;
const ratio = (v, f) => (f ? `${(v / f).toFixed(2)}×` : '');
const rows = pages
  .sort((a, b) => (a === floor ? -1 : b === floor ? 1 : a.localeCompare(b)))
  .map((p) => {
    const t = Object.fromEntries(SIZES.map((n) => [n, median(samples[p][n])]));
    const f = Object.fromEntries(SIZES.map((n) => [n, median(samples[floor][n])]));
    const heap = median(heaps[p]);
    return [
      p,
      `${kb(sizes[p].min)} / ${kb(sizes[p].gzip)} / ${kb(sizes[p].brotli)}`,
      `${ratio(sizes[p].gzip, sizes[floor].gzip)}`,
      ...SIZES.flatMap((n) => [`${t[n].toFixed(1)} ms`, ratio(t[n], f[n])]),
      `${(heap / 1048576).toFixed(2)} MB`,
      ratio(heap, median(heaps[floor])),
    ];
  });
const header = [
  'page',
  'JS KB min / gzip / br',
  'gzip×',
  ...SIZES.flatMap((n) => [`render N=${n}`, '×floor']),
  'heap N=200',
  '×floor',
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(`\nBlaupause benchmark — headless Chromium, median of ${RUNS} interleaved runs\n`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
