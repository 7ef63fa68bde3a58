/**
 * bp-payment-step in every theme, light and dark, and in forced colours (emulated through the
 * Chrome DevTools Protocol). Chromium only (*.chromium.test.ts). The result boxes come from real
 * round trips through the local XBezahldienste sandbox.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { PendingPaymentStore, XBezahldiensteProvider, type FeeItem } from '@blaupause/domain/payment';
import {
  completePayment,
  resetXBezahldienste,
  xbezahldiensteBaseUrl,
} from '../../../../test/testing/xbezahldienste.js';
import './define.js';
import type { PaymentStep } from './payment-step.js';
import { emulateMedia, loadTheme, resolveColor } from '../core/testing/helpers.js';

const ITEMS: FeeItem[] = [
  { kind: 'gebuehr', cents: 3700 },
  { kind: 'ermaessigung', cents: 200 },
];
const $ = (el: PaymentStep, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

async function provider(): Promise<XBezahldiensteProvider> {
  return new XBezahldiensteProvider({
    baseUrl: await xbezahldiensteBaseUrl(),
    originatorId: 'bp-test-portal',
    endPointId: '09761000',
    store: new PendingPaymentStore(sessionStorage),
  });
}

/** A step of its own payment key, in `host`. */
async function step(host: HTMLElement, key: string, props: Partial<PaymentStep> = {}): Promise<PaymentStep> {
  const el = document.createElement('bp-payment-step');
  Object.assign(el, {
    name: key,
    payee: 'Stadt Augsburg',
    purpose: 'Personalausweis 6-0123',
    kassenzeichen: key,
    creditorId: 'DE98ZZZ09999999999',
    payeeIban: 'DE79 7205 0000 0000 0123 45',
    methods: ['creditcard', 'paypal', 'sepa', 'transfer', 'counter'],
    items: ITEMS,
    returnUrl: `${location.origin}/packages/domain/package.json?key=${key}`,
    navigate: () => undefined,
    ...props,
  });
  host.append(el);
  await el.updateComplete;
  return el;
}

/** A payment through the sandbox's page and back: the element that shows the result. */
async function afterRoundTrip(host: HTMLElement, key: string, outcome: 'PAYED' | 'CANCELED' | 'FAILED' | null) {
  let url = '';
  const first = await step(host, key, { provider: await provider(), navigate: (u) => (url = u) });
  $(first, 'input[value="creditcard"]').click();
  await first.updateComplete;
  await first.pay();
  if (outcome) await completePayment(url, outcome);
  first.remove();
  const back = await step(host, key, { provider: await provider() });
  await waitUntil(() => back.shadowRoot!.querySelector('[part="result"]'), `result of ${key}`);
  return back;
}

describe('bp-payment-step: every theme and mode, forced colours (Chromium)', () => {
  let host: HTMLDivElement;

  before(async () => {
    sessionStorage.clear();
    await resetXBezahldienste();
    // Not a fixture: those are removed after each test, and these states are audited in every test.
    host = document.createElement('div');
    // The page's surface, as a portal (and Storybook's preview) paints it in every theme and mode.
    host.style.background = 'var(--bp-color-surface-default)';
    host.style.color = 'var(--bp-color-text-default)';
    document.body.append(host);
    for (const outcome of ['PAYED', 'CANCELED', 'FAILED', null] as const) {
      await afterRoundTrip(host, `KZ-${outcome ?? 'INITIAL'}`, outcome);
    }
    await step(host, 'KZ-external', { defaultMethod: 'paypal' });
    await step(host, 'KZ-transfer', { defaultMethod: 'transfer' });
    const sepa = await step(host, 'KZ-sepa', { defaultMethod: 'sepa' });
    sepa.value = { method: 'sepa', accountHolder: '', iban: 'DE89 3704 0044 0532 0130 01', mandate: false };
    sepa.reportValidity();
    const original = console.error;
    console.error = () => undefined;
    try {
      await step(host, 'KZ-config', { total: 1 });
    } finally {
      console.error = original;
    }
    await step(host, 'KZ-disabled', { disabled: true, defaultMethod: 'counter' });
    for (const el of host.querySelectorAll('bp-payment-step')) await el.updateComplete;
  });

  after(() => host.remove());

  afterEach(async () => {
    document.documentElement.className = '';
    await emulateMedia(null);
  });

  it('has every state to audit: four results, the external notice, transfer, SEPA errors, a fee error', () => {
    const shown = [...host.querySelectorAll('bp-payment-step')].map(
      (el) =>
        el.shadowRoot!.querySelector('[part="result"]')?.getAttribute('data-status') ??
        (el.shadowRoot!.querySelector('[part="config-error"]')
          ? 'config'
          : el.shadowRoot!.querySelector('.transfer')
            ? 'transfer'
            : el.shadowRoot!.querySelector('#error-iban')
              ? 'sepa-errors'
              : el.shadowRoot!.querySelector('[part="external"]')
                ? 'external'
                : 'choice'),
    );
    expect(shown).to.deep.equal([
      'PAYED',
      'CANCELED',
      'FAILED',
      'INITIAL',
      'external',
      'transfer',
      'sepa-errors',
      'config',
      'choice',
    ]);
  });

  const themes = ['default', 'bayern', 'hessen'];
  for (const theme of themes) {
    for (const mode of ['light', 'dark']) {
      it(`${theme} ${mode}: every state passes axe, contrast included`, async () => {
        await loadTheme(theme);
        document.documentElement.className = `bp-theme-${theme} bp-mode-${mode}`;
        // Colour transitions of the buttons (a few hundred ms at most) end before the audit.
        await new Promise((r) => setTimeout(r, 600));
        await expect(host).to.be.accessible();
      });
    }
  }

  it('forced colours: the pay button, messages, radios and the GiroCode in system colours', async () => {
    await loadTheme('default');
    document.documentElement.className = 'bp-theme-default';
    await emulateMedia({ 'forced-colors': 'active' });
    const steps = [...host.querySelectorAll('bp-payment-step')];
    const external = steps[4];
    const transfer = steps[5];
    const config = steps[7];
    const canvasText = resolveColor('CanvasText');
    expect(getComputedStyle($(external, 'button.pay')).borderTopColor).to.equal(resolveColor('ButtonText'));
    expect(getComputedStyle($(external, '[part="external"]')).borderLeftColor).to.equal(canvasText);
    expect(getComputedStyle($(config, '[part="config-error"]')).borderLeftColor).to.equal(canvasText);
    expect(getComputedStyle($(external, '.method .control')).borderTopColor).to.equal(canvasText);
    const qr = getComputedStyle($(transfer, '[part="qr"]'));
    expect(qr.color).to.equal(canvasText);
    expect(qr.backgroundColor).to.equal(resolveColor('Canvas'));
  });
});
