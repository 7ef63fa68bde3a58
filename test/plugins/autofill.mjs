// A @web/test-runner command that fills a form the way Chromium's own address autofill does, through
// the DevTools protocol (`Autofill.trigger` with an `address`): the browser picks the fields of the
// form by their `autocomplete` tokens, fills them and fires their events. Chromium only; Firefox and
// WebKit offer no protocol for their autofill.
// Payload: { path: string[] (CSS selectors, each inside the previous one's shadow root; the field
// autofill is triggered on), fields: { name: string, value: string }[] (Chromium's field types such
// as ADDRESS_HOME_LINE1, ADDRESS_HOME_ZIP, ADDRESS_HOME_CITY) }. Result: the fields Chromium says it
// filled ({ id, name, value, autofillType }[]).

export function autofillPlugin() {
  return {
    name: 'bp-autofill',
    async executeCommand({ command, payload, session }) {
      if (command !== 'bp-autofill') return undefined;
      const launcher = session.browser;
      if (launcher.type !== 'puppeteer') throw new Error('bp-autofill: Chromium only');
      const page = launcher.getPage(session.id);
      if (page.browser().protocol !== 'cdp') throw new Error('bp-autofill: needs the DevTools protocol (Chromium)');
      const cdp = await page.createCDPSession();
      try {
        const filled = [];
        cdp.on('Autofill.addressFormFilled', (event) => filled.push(...event.filledFields));
        await cdp.send('Autofill.enable').catch(() => undefined);
        // Object ids belong to one CDP session: find the field again in this one.
        const expression = payload.path.reduce(
          (scope, selector, i) => `${scope}${i ? '?.shadowRoot' : ''}?.querySelector(${JSON.stringify(selector)})`,
          'document',
        );
        const { result } = await cdp.send('Runtime.evaluate', { expression });
        if (!result.objectId) throw new Error(`bp-autofill: no element at ${payload.path.join(' >>> ')}`);
        const { node } = await cdp.send('DOM.describeNode', { objectId: result.objectId });
        await cdp.send('Autofill.trigger', {
          fieldId: node.backendNodeId,
          frameId: page.mainFrame()._id,
          address: { fields: payload.fields },
        });
        await new Promise((resolve) => setTimeout(resolve, 300));
        return filled.map(({ id, name, value, autofillType }) => ({ id, name, value, autofillType }));
      } finally {
        await cdp.detach();
      }
    },
  };
}
