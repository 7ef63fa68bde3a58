// Where the test browsers from Debian's packages live, and how Chromium is started on a machine
// with no network but the package registries. Shared by the test runner, the benchmark and the
// browser check.
export const browserPaths = {
  chromium: process.env.BP_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.BP_FIREFOX ?? '/usr/bin/firefox-esr',
  webkitDriver: process.env.BP_WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver',
  webkit: process.env.BP_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  xvfb: '/usr/bin/Xvfb',
};

/** Without the background-networking flags Chromium floods the closed network with refused connections. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
