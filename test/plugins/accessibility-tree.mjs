// A @web/test-runner command that reads an element's role and accessible name from the
// browser's own accessibility tree (not from the DOM):
//   Chromium: the CDP accessibility tree through puppeteer;
//   Firefox:  puppeteer over WebDriver BiDi, `browsingContext.locateNodes` with an
//             `accessibility` locator (Firefox answers it from its accessibility engine);
//   WebKit:   WebDriver "Get Computed Role" / "Get Computed Label".
/* global document */
// The element is found by a path of CSS selectors, each inside the shadow root of the previous.
//
// Payload: { path: string[], role?: string, name?: string }. Result: { role, name }.
// Chromium and WebKit read role and name from the tree and ignore `role` and `name`.
// WebDriver BiDi can only ask "is this element in the tree with this role / this name?", so in
// Firefox the expected `role` and/or `name` must be given: each one comes back unchanged if Firefox's
// tree has exactly that value for the element (exact, case-sensitive match; roles are ARIA roles
// such as 'textbox'), and as '' if it does not (or was not given). A test comparing the result with
// what it expects thus passes only if Firefox's tree agrees.

async function findElement(page, path) {
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
  if (!element) {
    await handle.dispose();
    throw new Error(`No element at ${path.join(' >>> ')}`);
  }
  return element;
}

async function viaCdp(page, element) {
  const snapshot = await page.accessibility.snapshot({ root: element, interestingOnly: false });
  return { role: snapshot?.role ?? '', name: snapshot?.name ?? '' };
}

/** Whether Firefox's accessibility tree has `element` with all of `value` ({role?, name?}). */
async function bidiMatches(browsingContext, element, value) {
  const node = element.remoteValue();
  // startNodes: the search starts at (and includes) the element itself, so shadow roots don't hide it.
  const found = await browsingContext.locateNodes({ type: 'accessibility', value }, [{ sharedId: node.sharedId }]);
  return found.some((n) => n.sharedId === node.sharedId);
}

async function viaBidi(page, element, path, role, name) {
  if (role === undefined && name === undefined) {
    throw new Error(
      `bp-accessible: Firefox (WebDriver BiDi) can only confirm an expected role and/or name; ` +
        `pass { role, name } for ${path.join(' >>> ')}`,
    );
  }
  const browsingContext = page.mainFrame().browsingContext;
  const roleOk = role !== undefined && (await bidiMatches(browsingContext, element, { role }));
  const nameOk = name !== undefined && (await bidiMatches(browsingContext, element, { name }));
  return { role: roleOk ? role : '', name: nameOk ? name : '' };
}

async function viaPuppeteer(page, { path, role, name }) {
  const element = await findElement(page, path);
  try {
    const bidi = page.browser().protocol === 'webDriverBiDi' && page.mainFrame().browsingContext;
    return bidi ? await viaBidi(page, element, path, role, name) : await viaCdp(page, element);
  } finally {
    await element.dispose();
  }
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
      const launcher = session.browser;
      if (launcher.type === 'puppeteer') return viaPuppeteer(launcher.getPage(session.id), payload);
      if (launcher.type === 'webdriver') return viaWebdriver(launcher.driver, payload.path);
      throw new Error(`bp-accessible: unsupported launcher ${launcher.type}`);
    },
  };
}
