// A @web/test-runner command that reads an element's role and accessible name from the
// browser's own accessibility tree (not from the DOM):
//   Chromium: the CDP accessibility tree through puppeteer;
//   Firefox:  puppeteer over WebDriver BiDi;
//   WebKit:   WebDriver "Get Computed Role" / "Get Computed Label".
// The element is found by a path of CSS selectors, each inside the shadow root of the previous.

async function viaPuppeteer(page, path) {
  const handle = await page.evaluateHandle((selectors) => {
    let scope = document;
    let el = null;
    for (const selector of selectors) {
      el = scope.querySelector(selector);
      if (!el) return null;
      scope = el.shadowRoot ?? el;
    }
    return el;
  }, path);
  const element = handle.asElement();
  if (!element) throw new Error(`No element at ${path.join(' >>> ')}`);
  const snapshot = await page.accessibility.snapshot({ root: element, interestingOnly: false });
  return { role: snapshot?.role ?? '', name: snapshot?.name ?? '' };
}

async function viaWebdriver(driver, path) {
  let el = await driver.$(path[0]);
  for (const selector of path.slice(1)) el = await el.shadow$(selector);
  if (!(await el.isExisting())) throw new Error(`No element at ${path.join(' >>> ')}`);
  return { role: await el.getComputedRole(), name: await el.getComputedLabel() };
}

export function accessibilityTreePlugin() {
  return {
    name: 'bp-accessibility-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'bp-accessible') return undefined;
      const { path } = payload;
      const launcher = session.browser;
      if (launcher.type === 'puppeteer') return viaPuppeteer(launcher.getPage(session.id), path);
      if (launcher.type === 'webdriver') return viaWebdriver(launcher.driver, path);
      throw new Error(`bp-accessible: unsupported launcher ${launcher.type}`);
    },
  };
}
