// bp-payment-step against the local XBezahldienste sandbox (test/servers/xbezahldienste.mjs): the
// whole redirect round trip through the sandbox's payment page for PAYED, CANCELED and FAILED, a
// provider that is down on the start and on the return, a double click, the retry, the pending
// state. The return is simulated as a real one is: the provider's page sends the browser back (in a
// frame), and a new element with a new adapter over the same sessionStorage picks the payment up.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  PaymentProviderError,
  PendingPaymentStore,
  XBezahldiensteProvider,
  type FeeItem,
} from '@blaupause/domain/payment';
import {
  completePayment,
  resetXBezahldienste,
  setXBezahldiensteMode,
  xbezahldiensteBaseUrl,
  xbezahldienstePayments,
  xbezahldiensteRequests,
  type XBezahldiensteRequest,
} from '../../../../test/testing/xbezahldienste.js';
import './define.js';
import type { PaymentStep } from './payment-step.js';
import type { PaymentResultEvent, PaymentStartEvent } from './events.js';
import { announcerRegions } from '../core/announcer.js';
import { clearAnnouncements, tick } from '../core/testing/helpers.js';

const ITEMS: FeeItem[] = [
  { kind: 'gebuehr', cents: 3700 },
  { kind: 'auslagen', cents: 350 },
  { kind: 'ermaessigung', cents: 200 },
];
const KEY = '6.0123.456789.1';

let returns = 0;
/** A URL of this origin for the provider to send the browser back to; a status on it must be ignored. */
const returnUrl = (extra = '') =>
  `${location.origin}/packages/domain/package.json?bp-payment-return=${++returns}${extra}`;

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
const $ = (el: PaymentStep, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const posts = (log: XBezahldiensteRequest[]) =>
  log.filter((r) => r.method === 'POST' && r.endpoint.startsWith('paymenttransaction'));
const gets = (log: XBezahldiensteRequest[]) =>
  log.filter((r) => r.method === 'GET' && r.endpoint.startsWith('paymenttransaction'));

async function provider(): Promise<XBezahldiensteProvider> {
  return new XBezahldiensteProvider({
    baseUrl: await xbezahldiensteBaseUrl(),
    originatorId: 'bp-test-portal',
    endPointId: '09761000',
    store: new PendingPaymentStore(sessionStorage),
  });
}

interface Page {
  el: PaymentStep;
  starts: PaymentStartEvent[];
  results: PaymentResultEvent[];
  /** Where the step sent the browser (instead of leaving the test page). */
  navigated: string[];
}

/** One page of the portal with the payment step: a new element and a new adapter, as after a page load. */
async function page(back = returnUrl()): Promise<Page> {
  const starts: PaymentStartEvent[] = [];
  const results: PaymentResultEvent[] = [];
  const navigated: string[] = [];
  const adapter = await provider();
  const el = await fixture<PaymentStep>(
    html`<bp-payment-step
      name="zahlung"
      payee="Stadt Augsburg"
      purpose="Personalausweis 6-0123"
      kassenzeichen=${KEY}
      .methods=${['creditcard', 'paypal', 'counter']}
      return-url=${back}
      .items=${ITEMS}
      .provider=${adapter}
      .navigate=${(url: string) => navigated.push(url)}
      @bp-payment-start=${(e: PaymentStartEvent) => starts.push(e)}
      @bp-payment-result=${(e: PaymentResultEvent) => results.push(e)}
    ></bp-payment-step>`,
  );
  await el.updateComplete;
  return { el, starts, results, navigated };
}

async function chooseAndPay(el: PaymentStep, method = 'creditcard'): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${method}"]`)!.click();
  await el.updateComplete;
  $(el, 'button.pay')!.click();
  await el.updateComplete;
}

const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};

/** Waits until a live region says `message` exactly. */
const announced = (politeness: 'polite' | 'assertive', message: string) =>
  waitUntil(() => text(announcerRegions()[politeness]) === message, `announced (${politeness}): ${message}`, {
    timeout: 3000,
  });

describe('bp-payment-step against a local XBezahldienste sandbox', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    clearAnnouncements();
    await resetXBezahldienste();
  });

  const outcomes = [
    {
      status: 'PAYED',
      heading: 'Zahlung erfolgreich',
      body: 'Sie haben 38,50 € an Stadt Augsburg bezahlt. Vielen Dank.',
      politeness: 'polite',
    },
    {
      status: 'CANCELED',
      heading: 'Zahlung abgebrochen',
      body: 'Sie haben die Zahlung abgebrochen. Es wurde nichts abgebucht. Sie können es noch einmal versuchen, auch mit einer anderen Zahlungsart.',
      politeness: 'polite',
    },
    {
      status: 'FAILED',
      heading: 'Zahlung fehlgeschlagen',
      body: 'Die Zahlung hat nicht geklappt. Es wurde nichts abgebucht. Versuchen Sie es noch einmal, auch mit einer anderen Zahlungsart.',
      politeness: 'assertive',
    },
  ] as const;

  for (const outcome of outcomes) {
    it(`round trip ${outcome.status}: pay, the provider's page, back, the status asked of the provider and shown`, async () => {
      // The return URL claims the opposite of what happened: the step must not read it.
      const back = returnUrl(`&status=${outcome.status === 'PAYED' ? 'FAILED' : 'PAYED'}`);
      const first = await page(back);
      await chooseAndPay(first.el);
      expect(first.starts.map((e) => [e.method, e.requestId])).to.have.length(1);
      const [start] = first.starts;
      expect(start.method).to.equal('creditcard');
      expect(first.navigated).to.have.length(1);
      expect(first.navigated[0]).to.match(/\/paypage\/T[0-9a-f]{20}$/);
      expect($(first.el, 'button.pay')!.getAttribute('aria-busy')).to.equal('true');

      const [post] = posts(await xbezahldiensteRequests());
      expect(post.status).to.equal(200);
      expect(post.body).to.deep.include({
        requestId: start.requestId,
        currency: 'EUR',
        grosAmount: 38.5,
        purpose: 'Personalausweis 6-0123',
        redirectUrl: back,
        description: 'Gebühr, Auslagen und Ermäßigung',
      });
      // The Ermäßigung is taken off the Gebühr: no negative position, the sum is the total.
      expect((post.body as { items: unknown[] }).items).to.deep.equal([
        {
          id: 'gebuehr-1',
          description: 'Gebühr (− Ermäßigung)',
          quantity: 1,
          totalNetAmount: 35,
          totalTaxAmount: 0,
          singleNetAmount: 35,
          singleTaxAmount: 0,
        },
        {
          id: 'auslagen-2',
          description: 'Auslagen',
          quantity: 1,
          totalNetAmount: 3.5,
          totalTaxAmount: 0,
          singleNetAmount: 3.5,
          singleTaxAmount: 0,
        },
      ]);

      // The user pays (or not) on the provider's page, which sends the browser back.
      expect(await completePayment(first.navigated[0], outcome.status)).to.equal(back);
      first.el.remove();

      // The portal's page loads again: a new element and adapter over the same sessionStorage.
      clearAnnouncements();
      const second = await page(back);
      await waitUntil(() => $(second.el, '[part="result"]'), 'result shown');
      await second.el.updateComplete;
      const heading = $(second.el, '#result-heading')!;
      expect(heading.localName).to.equal('h2');
      expect(text(heading)).to.equal(outcome.heading);
      expect(text($(second.el, '[part="result"] p'))).to.equal(outcome.body);
      expect(deepActive()).to.equal(heading);
      await announced(outcome.politeness, `${outcome.heading}. ${outcome.body}`);
      expect(second.results.map((e) => e.status)).to.deep.equal([outcome.status]);
      if (outcome.status === 'PAYED') {
        expect(second.results[0].transactionReference).to.match(/^6\.\d{4}\.[0-9a-f]{6}$/);
        expect(text($(second.el, '[part="result"] p + p'))).to.equal(
          `Transaktionsreferenz: ${second.results[0].transactionReference}`,
        );
        expect($(second.el, 'button')).to.equal(null);
      } else {
        expect(second.results[0].transactionReference).to.equal(null);
        expect(text($(second.el, 'button[data-action="retry"]'))).to.equal('Noch einmal bezahlen');
      }
      expect(second.starts).to.deep.equal([]);
      const log = (await xbezahldiensteRequests()).filter((r) => r.method !== 'OPTIONS');
      expect(log.map((r) => `${r.method} ${r.endpoint.split('/')[0]} ${r.status}`)).to.deep.equal([
        'POST paymenttransaction 200',
        'GET paypage 200',
        'POST paypage 303',
        'GET paymenttransaction 200',
      ]);
      await expect(second.el).to.be.accessible();
    });
  }

  it('a double click sends one request and fires one bp-payment-start', async () => {
    const { el, starts, navigated } = await page();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="paypal"]')!.click();
    await el.updateComplete;
    const button = $(el, 'button.pay')!;
    button.click();
    button.click();
    button.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await el.updateComplete;
    button.click();
    await el.updateComplete;
    await tick(50);
    expect(starts).to.have.length(1);
    expect(navigated).to.have.length(1);
    expect(posts(await xbezahldiensteRequests())).to.have.length(1);
    expect(await xbezahldienstePayments()).to.have.length(1);
  });

  it('keyboard: Space on the pay button starts once, a second Space and Enter do nothing', async () => {
    const { el, starts, navigated } = await page();
    el.shadowRoot!.querySelector<HTMLInputElement>('input[value="creditcard"]')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal($(el, 'button.pay'));
    await sendKeys({ press: ' ' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await tick(50);
    expect(starts.map((e) => e.method)).to.deep.equal(['paypal']);
    expect(navigated).to.have.length(1);
    expect(posts(await xbezahldiensteRequests())).to.have.length(1);
    // Focus stays on the (busy) button, which still has its name.
    expect(deepActive()).to.equal($(el, 'button.pay'));
    expect($(el, 'button.pay')!.getAttribute('aria-disabled')).to.equal('true');
  });

  it('a provider that keeps its transaction elsewhere than the step’s store is a developer error', async () => {
    const el = await fixture<PaymentStep>(
      html`<bp-payment-step
        payee="Stadt Augsburg"
        purpose="Personalausweis 6-0123"
        kassenzeichen=${KEY}
        .methods=${['creditcard']}
        return-url=${returnUrl()}
        .items=${ITEMS}
        .navigate=${() => undefined}
        .provider=${new XBezahldiensteProvider({
          baseUrl: await xbezahldiensteBaseUrl(),
          originatorId: 'bp-test-portal',
          endPointId: '09761000',
        })}
      ></bp-payment-step>`,
    );
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      await chooseAndPay(el);
    } finally {
      console.error = original;
    }
    expect(errors.join(' ')).to.match(/kept no transaction in the step’s store/);
    expect(posts(await xbezahldiensteRequests())).to.have.length(1);
  });

  it('a provider that is down: a clear message, nothing lost, and the retry reuses the requestId', async () => {
    const { el, starts, navigated } = await page();
    await setXBezahldiensteMode('down');
    await chooseAndPay(el, 'paypal');
    const message =
      'Der Zahlungsdienstleister ist gerade nicht erreichbar. Es wurde nichts abgebucht. Versuchen Sie es in einigen Minuten noch einmal oder wählen Sie eine andere Zahlungsart.';
    expect(text($(el, '.start-error'))).to.equal(message);
    await announced('assertive', message);
    expect(navigated).to.deep.equal([]);
    // The choice stays, the button works again and says why it failed.
    const button = $(el, 'button.pay')!;
    expect(button.hasAttribute('aria-busy')).to.equal(false);
    expect(button.getAttribute('aria-describedby')).to.equal('external start-error');
    expect(el.value.method).to.equal('paypal');
    expect(el.requestId).to.equal(starts[0].requestId);
    await expect(el).to.be.accessible();

    await setXBezahldiensteMode('up');
    button.click();
    await el.updateComplete;
    expect(starts.map((e) => e.requestId)).to.deep.equal([starts[0].requestId, starts[0].requestId]);
    expect(navigated).to.have.length(1);
    const sent = posts(await xbezahldiensteRequests());
    expect(sent.map((r) => [r.requestId, r.status, r.mode])).to.deep.equal([
      [starts[0].requestId, 503, 'down'],
      [starts[0].requestId, 200, 'up'],
    ]);
    expect((await xbezahldienstePayments()).map((p) => p.requestId)).to.deep.equal([starts[0].requestId]);
  });

  it('an answer lost after the provider created the payment: PAYMENT_EXISTS is "in progress", never a second payment', async () => {
    const { el, starts, navigated } = await page();
    await setXBezahldiensteMode('down-after-create');
    await chooseAndPay(el, 'paypal');
    await setXBezahldiensteMode('up');
    // The connection closed after the payment was created. Some engines send the POST once more by
    // themselves (and get PAYMENT_EXISTS); others report the start as failed, and the user tries again.
    if (!$(el, '[part="result"]')) {
      expect(text($(el, '.start-error'))).to.match(/nicht erreichbar/);
      $(el, 'button.pay')!.click();
      await el.updateComplete;
    }
    await waitUntil(() => $(el, '[part="result"]'), 'result shown');
    await el.updateComplete;
    // The transaction id never arrived here: the step says so instead of guessing or paying twice.
    expect(text($(el, '#result-heading'))).to.equal('Stand der Zahlung nicht bekannt');
    expect(text($(el, '[part="result"] p'))).to.equal(
      'Ihre Zahlung wurde begonnen, ihr Stand ist hier aber nicht bekannt. Bezahlen Sie nicht noch einmal und wenden Sie sich an Stadt Augsburg.',
    );
    expect($(el, 'button[data-action="retry"]')).to.equal(null);
    expect(navigated).to.deep.equal([]);
    expect(new Set(starts.map((e) => e.requestId)).size).to.equal(1);
    const sent = posts(await xbezahldiensteRequests());
    expect(sent[0]).to.deep.include({ outcome: 'dropped', requestId: starts[0].requestId });
    expect(sent.slice(1).map((r) => r.functionalCode)).to.include('PAYMENT_EXISTS');
    expect(await xbezahldienstePayments()).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('back while the provider is down: "Stand der Zahlung nicht bekannt", no result event; refresh asks again', async () => {
    const first = await page();
    await chooseAndPay(first.el);
    await completePayment(first.navigated[0], 'PAYED');
    first.el.remove();
    await setXBezahldiensteMode('down');
    const second = await page();
    await waitUntil(() => $(second.el, '[part="result"]'), 'result shown');
    await second.el.updateComplete;
    expect(text($(second.el, '#result-heading'))).to.equal('Stand der Zahlung nicht bekannt');
    expect(text($(second.el, '[part="result"] p'))).to.match(/Bezahlen Sie nicht noch einmal/);
    await announced(
      'assertive',
      text($(second.el, '#result-heading')) + '. ' + text($(second.el, '[part="result"] p')),
    );
    expect(second.results).to.deep.equal([]);
    expect($(second.el, 'button[data-action="retry"]')).to.equal(null);
    await expect(second.el).to.be.accessible();
    await setXBezahldiensteMode('up');
    $(second.el, 'button[data-action="refresh"]')!.click();
    await second.el.updateComplete;
    expect(text($(second.el, '#result-heading'))).to.equal('Zahlung erfolgreich');
    expect(second.results.map((e) => e.status)).to.deep.equal(['PAYED']);
  });

  it('pending (INITIAL): back without paying shows "noch nicht abgeschlossen", a refresh and the way back to the payment page', async () => {
    const first = await page();
    await chooseAndPay(first.el);
    first.el.remove();
    const second = await page();
    await waitUntil(() => $(second.el, '[part="result"]'), 'result shown');
    await second.el.updateComplete;
    expect(text($(second.el, '#result-heading'))).to.equal('Zahlung noch nicht abgeschlossen');
    expect(second.results.map((e) => e.status)).to.deep.equal(['INITIAL']);
    const resume = $(second.el, 'a.secondary') as HTMLAnchorElement;
    expect(resume.href).to.equal(first.navigated[0]);
    expect(text(resume)).to.equal('Zur Zahlungsseite');
    const refresh = $(second.el, 'button[data-action="refresh"]')!;
    expect(text(refresh)).to.equal('Stand erneut abfragen');
    await expect(second.el).to.be.accessible();
    // Paid meanwhile (in another tab): the refresh, by keyboard, shows it.
    await completePayment(first.navigated[0], 'PAYED');
    refresh.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(second.el, '#result-heading')) === 'Zahlung erfolgreich', 'paid');
    expect(second.results.map((e) => e.status)).to.deep.equal(['INITIAL', 'PAYED']);
    expect(gets(await xbezahldiensteRequests())).to.have.length(2);
  });

  it('after CANCELED, "Noch einmal bezahlen" starts a new payment: the ended one cannot be reopened', async () => {
    const first = await page();
    await chooseAndPay(first.el);
    await completePayment(first.navigated[0], 'CANCELED');
    first.el.remove();
    const second = await page();
    await waitUntil(() => $(second.el, 'button[data-action="retry"]'), 'retry offered');
    $(second.el, 'button[data-action="retry"]')!.focus();
    await sendKeys({ press: ' ' });
    await second.el.updateComplete;
    // Back to the choice, focus on the method chosen before.
    expect($(second.el, '[part="result"]')).to.equal(null);
    expect(deepActive()).to.equal($(second.el, 'input[value="creditcard"]'));
    await sendKeys({ press: 'ArrowDown' });
    await second.el.updateComplete;
    $(second.el, 'button.pay')!.click();
    await second.el.updateComplete;
    expect(second.starts).to.have.length(1);
    expect(second.starts[0].method).to.equal('paypal');
    expect(second.starts[0].requestId).to.not.equal(first.starts[0].requestId);
    expect(second.navigated).to.have.length(1);
    expect((await xbezahldienstePayments()).map((p) => p.status)).to.deep.equal(['CANCELED', 'INITIAL']);
  });

  it('a request the provider refuses (CALCULATION_ERROR) is a developer error; the user is told to contact the authority', async () => {
    // A portal's own provider that forwards to the sandbox with a position missing (a misconfigured
    // proxy): the sandbox answers CALCULATION_ERROR, the provider reports it as rejected.
    const adapter = await provider();
    const { el } = await page();
    const url = `${await xbezahldiensteBaseUrl()}/paymenttransaction/bp-test-portal/09761000`;
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      el.provider = {
        start: async (request) => {
          const answer = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({
              requestId: request.requestId,
              currency: 'EUR',
              grosAmount: 38.5,
              purpose: request.purpose,
              redirectUrl: request.redirectUrl,
              items: [{ description: 'Gebühr', totalNetAmount: 37 }],
            }),
          });
          const body = (await answer.json()) as { functionalCode: string; detail: string };
          throw new PaymentProviderError(body.detail, 'rejected', answer.status, body.functionalCode);
        },
        status: (requestId: string) => adapter.status(requestId),
      };
      await el.updateComplete;
      await chooseAndPay(el);
    } finally {
      console.error = original;
    }
    expect(errors.join(' ')).to.match(/the payment was refused/);
    expect(text($(el, '.start-error'))).to.equal(
      'Die Zahlung kann wegen eines technischen Fehlers nicht begonnen werden. Es wurde nichts abgebucht. Bitte wenden Sie sich an Stadt Augsburg.',
    );
    expect(posts(await xbezahldiensteRequests()).map((r) => r.functionalCode)).to.deep.equal(['CALCULATION_ERROR']);
    expect(await xbezahldienstePayments()).to.deep.equal([]);
    // The button works again (the portal may fix its data); nothing the user chose is lost.
    expect($(el, 'button.pay')!.hasAttribute('aria-busy')).to.equal(false);
    expect(el.value.method).to.equal('creditcard');
  });
});
