/* global window */
// `node bench/status-events.mjs`: does bp-status-tracker stay responsive with 500 events (issue 8)?
// Builds bench/status/events-page.ts, opens it in headless Chromium (Debian's), and per round
// renders one tracker with 500 events, then gives it 20 live updates of one event each. Prints the
// medians over RUNS rounds (a fresh page each): first render, slowest and median update, and the
// longest main-thread task (long tasks are those over 50 ms; 0 means none). Never asserts;
// `npm run bench` imports measureStatusEvents() and checks the budgets declared in
// bench/pages/status-tracker.budgets.json.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from 'puppeteer-core';
import { browserPaths, chromiumArgs } from '../scripts/browsers.mjs';
import { benchBuildOptions } from '../scripts/lib/bench-build.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureStatusEvents({
  events = 500,
  updates = 20,
  runs = Number(process.env.BP_BENCH_RUNS ?? 9),
} = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'bp-status-bench-'));
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://127.0.0.1').pathname;
    try {
      const body = readFileSync(join(dir, path === '/' ? 'index.html' : path.slice(1)));
      res.writeHead(200, { 'content-type': path.endsWith('.js') ? 'text/javascript' : 'text/html' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  let browser;
  try {
    await build({
      ...benchBuildOptions,
      entryPoints: ['bench/status/events-page.ts'],
      outfile: join(dir, 'page.js'),
      logLevel: 'warning',
    });
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>status</title><link rel="icon" href="data:,"></head>' +
        '<body><script type="module" src="./page.js"></script></body></html>',
    );
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${server.address().port}`;
    browser = await launch({ executablePath: browserPaths.chromium, args: chromiumArgs, headless: true });
    const rounds = [];
    for (let i = 0; i < runs + 1; i++) {
      const page = await browser.newPage();
      await page.goto(origin, { waitUntil: 'load' });
      await page.waitForFunction(() => typeof window.bpStatusBench === 'function');
      const r = await page.evaluate((n, u) => window.bpStatusBench(n, u), events, updates);
      await page.close();
      if (i > 0) rounds.push(r); // the first round warms up
    }
    const pick = (k) => median(rounds.map((r) => r[k]));
    return {
      events,
      updates,
      runs,
      steps: rounds[0].steps,
      renderMs: pick('renderMs'),
      updateMaxMs: pick('updateMaxMs'),
      updateMedianMs: pick('updateMedianMs'),
      longestTaskMs: Math.max(...rounds.map((r) => r.longestTaskMs)),
      longestTaskMedianMs: pick('longestTaskMs'),
    };
  } finally {
    await browser?.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const r = await measureStatusEvents();
  console.log(
    `bp-status-tracker with ${r.events} events (${r.steps} steps), medians of ${r.runs} rounds, headless Chromium`,
  );
  console.log(`  first render:                ${r.renderMs.toFixed(1)} ms`);
  console.log(
    `  live update (+1 event):      median ${r.updateMedianMs.toFixed(1)} ms, slowest of ${r.updates} ${r.updateMaxMs.toFixed(1)} ms`,
  );
  console.log(
    `  longest main-thread task:    ${r.longestTaskMs ? `${r.longestTaskMs.toFixed(0)} ms (median of rounds ${r.longestTaskMedianMs.toFixed(0)} ms)` : 'none over 50 ms'}`,
  );
}
