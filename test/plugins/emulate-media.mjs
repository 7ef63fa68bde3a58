// `bp-emulate-media`: emulates forced colours, reduced motion and colour scheme through the Chrome
// DevTools Protocol (Chromium only; tests that need it are *.chromium.test.ts). Pass null to reset.
// `media: 'print'` emulates the print media type (a print style sheet); leaving it out resets it.
export function emulateMediaPlugin() {
  return {
    name: 'bp-emulate-media',
    async executeCommand({ command, payload, session }) {
      if (command !== 'bp-emulate-media') return undefined;
      const launcher = session.browser;
      if (launcher.type !== 'puppeteer' || launcher.name !== 'Chrome') {
        throw new Error(`bp-emulate-media needs Chromium (got ${launcher.name})`);
      }
      const page = launcher.getPage(session.id);
      // Every feature is set each time; '' resets one to the browser's own value.
      const names = ['forced-colors', 'prefers-reduced-motion', 'prefers-color-scheme', 'prefers-contrast'];
      // One call for type and features: CDP's setEmulatedMedia replaces both (puppeteer's
      // emulateMediaType and emulateMediaFeatures each clear what the other set).
      await page._client().send('Emulation.setEmulatedMedia', {
        media: payload?.media ?? '',
        features: names.map((name) => ({ name, value: payload?.[name] ?? '' })),
      });
      return true;
    },
  };
}
