// All browser tests, in Chromium, Firefox ESR and WebKit (WebKitGTK MiniBrowser).
// Browsers come from Debian's packages (see scripts/ensure-browsers.sh); nothing is downloaded.
// WebKit needs Xvfb and WebKitWebDriver; `npm test` (scripts/test.mjs) starts and stops them and
// passes their port in BP_WEBDRIVER_PORT.
//
// BP_BROWSERS=chromium,firefox,webkit picks browsers (default: all three).
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import * as puppeteerCore from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { browserPaths, chromiumArgs } from './scripts/browsers.mjs';
import { accessibilityTreePlugin } from './test/plugins/accessibility-tree.mjs';
import { emulateMediaPlugin } from './test/plugins/emulate-media.mjs';
import { autofillPlugin } from './test/plugins/autofill.mjs';
import { openPlzPlugin } from './test/plugins/openplz.mjs';
import { xbezahldienstePlugin } from './test/plugins/xbezahldienste.mjs';
import { uploadPlugin } from './test/plugins/upload.mjs';
import { statusServerPlugin } from './test/plugins/status.mjs';
import { countingReporter } from './test/plugins/counting-reporter.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const wanted = (process.env.BP_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((b) => b.trim());

/**
 * webdriverio's `keys()` presses every key of a string down before releasing any, and WebKit drops
 * a second press of a key that is still down ("Gott" arrives as "Got"). Type one key at a time.
 */
function typeCharacterByCharacter(launcher) {
  const sendKeys = launcher.sendKeys.bind(launcher);
  launcher.sendKeys = async (sessionId, keys) => {
    for (const key of keys) await sendKeys(sessionId, [key]);
  };
  return launcher;
}

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: {
        executablePath: browserPaths.chromium,
        args: chromiumArgs,
      },
    }),
  firefox: () =>
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: {
        browser: 'firefox',
        executablePath: browserPaths.firefox,
        headless: true,
        extraPrefsFirefox: {
          // No network beyond 127.0.0.1 on this machine: keep Firefox from trying.
          'network.captive-portal-service.enabled': false,
          'app.update.enabled': false,
          'browser.safebrowsing.malware.enabled': false,
          'browser.safebrowsing.phishing.enabled': false,
        },
      },
    }),
  webkit: () =>
    typeCharacterByCharacter(
      webdriverLauncher({
        hostname: '127.0.0.1',
        port: Number(process.env.BP_WEBDRIVER_PORT ?? 4444),
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: browserPaths.webkit, args: ['--automation'] },
        },
      }),
    ),
};

// BP_FILES (a glob, from `npm test -- --files …`) narrows the run; *.chromium.test.ts go to Chromium only.
const testFiles = globSync(process.env.BP_FILES ?? ['packages/*/src/**/*.test.ts', 'test/**/*.test.ts'], {
  cwd: rootDir,
  ignore: ['**/node_modules/**'],
});
const chromiumOnly = testFiles.filter((f) => f.endsWith('.chromium.test.ts'));
const everywhere = testFiles.filter((f) => !f.endsWith('.chromium.test.ts'));

const unknown = wanted.filter((b) => !(b in launchers));
if (unknown.length) throw new Error(`BP_BROWSERS: unknown browser(s) ${unknown.join(', ')}`);

/**
 * A request for `X.js` in packages/ where only `X.ts` exists gets `X.ts` (compiled by the esbuild
 * plugin), as Vite does: a module worker started with `new URL('./worker.js', import.meta.url)` is
 * fetched by URL, not imported, so the plugin's import rewriting never sees it.
 */
async function typescriptForMissingJs(context, next) {
  const path = context.path;
  if (path.startsWith('/packages/') && path.endsWith('.js')) {
    const ts = `${path.slice(0, -3)}.ts`;
    if (!existsSync(`${rootDir}${path.slice(1)}`) && existsSync(`${rootDir}${ts.slice(1)}`)) {
      context.url = ts + context.search;
    }
  }
  return next();
}

export default {
  rootDir,
  hostname: '127.0.0.1',
  middleware: [typescriptForMissingJs],
  files: everywhere.length ? everywhere : undefined,
  // Tests that emulate forced colours or media features through CDP run in Chromium only.
  groups:
    wanted.includes('chromium') && chromiumOnly.length
      ? [{ name: 'chromium-only', files: chromiumOnly, browsers: [launchers.chromium()] }]
      : [],
  nodeResolve: { exportConditions: ['@blaupause/source', 'development'] },
  concurrency: 1,
  concurrentBrowsers: 3,
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: 600_000,
  testFramework: { config: { timeout: 10_000, ui: 'bdd' } },
  browsers: wanted.map((b) => launchers[b]()),
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)),
    }),
    accessibilityTreePlugin(),
    emulateMediaPlugin(),
    autofillPlugin(),
    // A local OpenPLZ API on 127.0.0.1 for street-lookup tests (test/servers/openplz.mjs).
    openPlzPlugin(),
    // A local XBezahldienste sandbox (payment provider) on 127.0.0.1 (test/servers/xbezahldienste.mjs).
    xbezahldienstePlugin(),
    // Local upload servers on 127.0.0.1: multipart and tus (test/servers/upload.mjs).
    uploadPlugin(),
    // A local status backend (polling and Server-Sent Events) for the status sources (test/servers/status.mjs).
    statusServerPlugin(),
  ],
  reporters: [defaultReporter(), countingReporter()],
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
