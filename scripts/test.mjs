// `npm test`: everything CI checks, in one command.
//   1. the test browsers (Debian packages; installed when missing and running as root)
//   2. static checks: tokens build, TypeScript, ESLint, lit-analyzer, Prettier, manifest current
//   3. browser tests (unit, shared form-control suite, axe on every story) in Chromium, Firefox, WebKit
// Xvfb and WebKitWebDriver are started here on 127.0.0.1 and stopped at the end.
// Last line: `tests: N passed, N failed` (each static check counts as one test).
//
// Options: --browsers chromium,firefox,webkit   --skip-static   --files <glob>
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBrowsers } from './ensure-browsers.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const browsers = (option('--browsers') ?? process.env.BP_BROWSERS ?? 'chromium,firefox,webkit').split(',');
const skipStatic = args.includes('--skip-static');
const files = option('--files');

const results = { passed: 0, failed: 0 };
const started = Date.now();
const children = [];

function run(label, command, commandArgs, options = {}) {
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${label}\n`);
  const r = spawnSync(command, commandArgs, { stdio: 'inherit', ...options });
  const ok = r.status === 0;
  results[ok ? 'passed' : 'failed']++;
  console.log(`${ok ? '✔' : '✘'} ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return ok;
}

/** Runs Node's test runner (TAP) and adds its pass/fail counts to the totals. */
function runNodeTests(label, paths) {
  const t0 = Date.now();
  process.stdout.write(`\n▶ ${label}\n`);
  const r = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...paths], { encoding: 'utf8' });
  const count = (name) => Number(r.stdout.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + (r.status !== 0 && count('fail') === 0 ? 1 : 0);
  for (const line of r.stdout.split('\n')) if (/^(not ok|# (tests|pass|fail))/.test(line.trim())) console.log(line);
  if (failed) process.stdout.write(r.stdout + r.stderr);
  results.passed += passed;
  results.failed += failed;
  console.log(
    `${failed ? '✘' : '✔'} ${label}: ${passed} passed, ${failed} failed (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
  );
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function freeDisplay() {
  for (let n = 99; n < 199; n++) {
    if (!existsSync(`/tmp/.X11-unix/X${n}`) && !existsSync(`/tmp/.X${n}-lock`)) return n;
  }
  throw new Error('No free X display between :99 and :198');
}

async function waitFor(check, what, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what} did not start within ${timeoutMs / 1000} s`);
}

function stopChildren() {
  for (const child of children.reverse()) {
    if (child.exitCode === null) child.kill('SIGTERM');
  }
}
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopChildren();
    process.exit(130);
  });
}

async function startWebKitServers(env) {
  const display = freeDisplay();
  const xvfb = spawn('Xvfb', [`:${display}`, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  children.push(xvfb);
  await waitFor(() => existsSync(`/tmp/.X11-unix/X${display}`), 'Xvfb');
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], {
    stdio: 'ignore',
    env: { ...env, DISPLAY: `:${display}` },
  });
  children.push(driver);
  await waitFor(async () => {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      return res.ok;
    } catch {
      return false;
    }
  }, 'WebKitWebDriver');
  return { DISPLAY: `:${display}`, BP_WEBDRIVER_PORT: String(port) };
}

ensureBrowsers(browsers);

if (!skipStatic) {
  run('design tokens build', 'npm', ['run', '--silent', 'build:tokens']);
  run('TypeScript (strict, whole repo)', 'npx', ['tsc', '-p', 'tsconfig.json']);
  run('TypeScript build of the packages', 'npx', ['tsc', '-b', 'packages/components/tsconfig.build.json']);
  run('ESLint (typescript-eslint, lit, wc, lit-a11y)', 'npx', ['eslint', '--max-warnings=0', '.']);
  run('lit-analyzer (template bindings)', 'npx', [
    'lit-analyzer',
    'packages/components/src/**/*.ts',
    '--strict',
    '--rules.no-invalid-css',
    'off',
  ]);
  run('Prettier', 'npx', ['prettier', '--check', '--log-level=warn', '.']);
  run('custom-elements manifest is current', 'node', ['scripts/check-manifest.mjs']);
  run('contrast gate: every pair in every theme, light and dark', 'node', ['tokens/scripts/check-contrast.mjs']);
  runNodeTests('Node tests: theme generator, contrast gate, CLI, style literals, domain (address data, OpenPLZ)', [
    'tokens/test/',
    'test/node/',
    'packages/domain/test-node/',
  ]);
} else if (!existsSync('tokens/dist/js/vars.js')) {
  run('design tokens build', 'npm', ['run', '--silent', 'build:tokens']);
}
// test/stories.test.ts audits every story of the built Storybook.
if (!skipStatic || !existsSync('storybook-static/index.json')) {
  run('Storybook builds', 'npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet'], {
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
}

const resultsDir = mkdtempSync(join(tmpdir(), 'bp-test-'));
const resultsFile = join(resultsDir, 'results.json');
let env = { ...process.env, BP_BROWSERS: browsers.join(','), BP_RESULTS_FILE: resultsFile };
try {
  if (browsers.includes('webkit')) env = { ...env, ...(await startWebKitServers(env)) };
  const wtrArgs = ['wtr', '--config', 'web-test-runner.config.mjs'];
  if (files) env.BP_FILES = files;
  const t0 = Date.now();
  console.log(`\n▶ browser tests in ${browsers.join(', ')}`);
  const r = spawnSync('npx', wtrArgs, { stdio: 'inherit', env });
  console.log(`browser tests took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (existsSync(resultsFile)) {
    const perBrowser = JSON.parse(readFileSync(resultsFile, 'utf8'));
    for (const counts of Object.values(perBrowser)) {
      results.passed += counts.passed;
      results.failed += counts.failed;
    }
    if (r.status !== 0 && !Object.values(perBrowser).some((c) => c.failed)) results.failed++;
  } else {
    console.error('The test runner wrote no results (it failed to start).');
    results.failed++;
  }
} catch (error) {
  console.error(String(error?.stack ?? error));
  results.failed++;
} finally {
  stopChildren();
  rmSync(resultsDir, { recursive: true, force: true });
}

console.log(`\nTotal time ${((Date.now() - started) / 60000).toFixed(1)} min`);
console.log(`tests: ${results.passed} passed, ${results.failed} failed`);
process.exit(results.failed ? 1 : 0);
