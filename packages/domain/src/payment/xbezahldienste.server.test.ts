// XBezahldiensteProvider in the browser against the local XBezahldienste sandbox
// (test/servers/xbezahldienste.mjs), which the test runner starts on another port: the full
// redirect round trip through the sandbox's payment page, a provider that is down, retries.
import { expect } from '@open-wc/testing';
import {
  completePayment,
  resetXBezahldienste,
  setXBezahldiensteMode,
  xbezahldiensteBaseUrl,
  xbezahldienstePayments,
  xbezahldiensteRequests,
  type XBezahldiensteRequest,
} from '../../../../test/testing/xbezahldienste.js';
import { PaymentProviderError, PaymentRequestError, PendingPaymentStore, type PaymentRequest } from './provider.js';
import { XBezahldiensteProvider } from './xbezahldienste.js';

let returns = 0;
/** A URL of this origin for the provider to send the browser back to. */
const returnUrl = () => `${location.origin}/packages/domain/package.json?bp-payment-return=${++returns}`;

async function provider(store = new PendingPaymentStore(sessionStorage)) {
  return new XBezahldiensteProvider({
    baseUrl: await xbezahldiensteBaseUrl(),
    originatorId: 'bp-test-portal',
    endPointId: '09761000',
    store,
  });
}

function request(requestId: string, change: Partial<PaymentRequest> = {}): PaymentRequest {
  return {
    requestId,
    amountCents: 4850,
    purpose: 'Personalausweis 6-0123',
    description: 'Gebühr für den Personalausweis, abzüglich Ermäßigung für die digitale Antragstellung',
    redirectUrl: returnUrl(),
    items: [
      { id: 'gebuehr', description: 'Gebühr', netCents: 4500 },
      { id: 'auslagen', description: 'Auslagen (Versand)', netCents: 350 },
    ],
    ...change,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

function providerError(error: unknown): PaymentProviderError {
  expect(error).to.be.instanceOf(PaymentProviderError);
  return error as PaymentProviderError;
}

const posts = (log: XBezahldiensteRequest[]) =>
  log.filter((r) => r.method === 'POST' && r.endpoint.startsWith('paymenttransaction'));

describe('@blaupause/domain payment: XBezahldiensteProvider against a local XBezahldienste sandbox', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await resetXBezahldienste();
  });

  for (const outcome of ['PAYED', 'CANCELED', 'FAILED'] as const) {
    it(`round trip ${outcome}: start, the provider's page, back to the return URL, status after a reload`, async () => {
      const store = new PendingPaymentStore(sessionStorage);
      const requestId = store.requestIdFor('kz-6.0123.456789.1');
      const payment = request(requestId);
      const started = await (await provider(store)).start(payment);
      expect(started.alreadyStarted).to.equal(false);
      const paypage = new URL(started.redirectUrl!);
      expect(paypage.origin).to.not.equal(location.origin);
      expect(paypage.pathname).to.match(/\/paypage\/T[0-9a-f]{20}$/);

      const [post] = posts(await xbezahldiensteRequests());
      expect(post.status).to.equal(200);
      expect(post.body).to.deep.include({
        requestId,
        currency: 'EUR',
        grosAmount: 48.5,
        purpose: 'Personalausweis 6-0123',
        redirectUrl: payment.redirectUrl,
      });
      expect((post.body as { items: unknown[] }).items).to.deep.equal([
        {
          id: 'gebuehr',
          description: 'Gebühr',
          quantity: 1,
          totalNetAmount: 45,
          totalTaxAmount: 0,
          singleNetAmount: 45,
          singleTaxAmount: 0,
        },
        {
          id: 'auslagen',
          description: 'Auslagen (Versand)',
          quantity: 1,
          totalNetAmount: 3.5,
          totalTaxAmount: 0,
          singleNetAmount: 3.5,
          singleTaxAmount: 0,
        },
      ]);
      expect(await (await provider(store)).status(requestId)).to.deep.equal({
        status: 'INITIAL',
        transactionReference: null,
      });

      // The provider sends the browser back to exactly the URL given, without a status on it.
      expect(await completePayment(started.redirectUrl!, outcome)).to.equal(payment.redirectUrl);

      // After the redirect the page is new: a new adapter over the same sessionStorage resumes.
      const afterReload = await provider(new PendingPaymentStore(sessionStorage));
      const result = await afterReload.status(requestId);
      expect(result.status).to.equal(outcome);
      if (outcome === 'PAYED') expect(result.transactionReference).to.match(/^6\.\d{4}\.[0-9a-f]{6}$/);
      else expect(result.transactionReference).to.equal(null);

      const log = await xbezahldiensteRequests();
      expect(
        log.filter((r) => r.method !== 'OPTIONS').map((r) => `${r.method} ${r.endpoint.split('/')[0]} ${r.status}`),
      ).to.deep.equal([
        'POST paymenttransaction 200',
        'GET paymenttransaction 200',
        'GET paypage 200',
        'POST paypage 303',
        'GET paymenttransaction 200',
      ]);
      expect(await xbezahldienstePayments()).to.have.length(1);
    });
  }

  it('a provider that is down: start rejects as unavailable, nothing is created; a retry later reuses the requestId', async () => {
    const store = new PendingPaymentStore(sessionStorage);
    const adapter = await provider(store);
    await setXBezahldiensteMode('down');
    const requestId = store.requestIdFor('kz-1');
    const down = providerError(await rejection(adapter.start(request(requestId))));
    expect(down.code).to.equal('unavailable');
    expect(down.status).to.equal(0);
    expect(await xbezahldienstePayments()).to.deep.equal([]);

    // The user tries again once the provider is back: the same payment, the same requestId.
    await setXBezahldiensteMode('up');
    const retryId = store.requestIdFor('kz-1');
    expect(retryId).to.equal(requestId);
    const started = await adapter.start(request(retryId));
    expect(started.alreadyStarted).to.equal(false);
    const sent = posts(await xbezahldiensteRequests());
    expect(sent.map((r) => [r.requestId, r.status, r.mode])).to.deep.equal([
      [requestId, 503, 'down'],
      [requestId, 200, 'up'],
    ]);
    expect((await xbezahldienstePayments()).map((p) => p.requestId)).to.deep.equal([requestId]);
  });

  it('an answer lost after the provider created the payment: the retry is PAYMENT_EXISTS, in progress, one payment', async () => {
    const store = new PendingPaymentStore(sessionStorage);
    const adapter = await provider(store);
    const requestId = store.requestIdFor('kz-2');
    await setXBezahldiensteMode('down-after-create');
    // The connection closes after the payment was created. Chromium sends the POST once more by
    // itself (a request on a reused connection that dies before any answer is retried); that
    // second POST gets PAYMENT_EXISTS. Either way the adapter does not claim a new payment.
    const first = await adapter.start(request(requestId)).catch((error: unknown) => providerError(error));
    if (first instanceof PaymentProviderError) expect(first.code).to.equal('unavailable');
    else expect(first).to.deep.equal({ redirectUrl: null, alreadyStarted: true });
    await setXBezahldiensteMode('up');
    expect(await adapter.start(request(requestId))).to.deep.equal({ redirectUrl: null, alreadyStarted: true });
    const sent = posts(await xbezahldiensteRequests());
    expect(sent[0]).to.deep.include({ outcome: 'dropped', functionalCode: null, requestId });
    expect(sent.slice(1).map((r) => [r.status, r.functionalCode])).to.deep.include.members([[409, 'PAYMENT_EXISTS']]);
    expect(sent.slice(1).every((r) => r.functionalCode === 'PAYMENT_EXISTS')).to.equal(true);
    expect(await xbezahldienstePayments()).to.have.length(1);
    // Without the transaction id the status cannot be asked here: a typed error, not a guess.
    expect(providerError(await rejection(adapter.status(requestId))).code).to.equal('unknown-payment');
  });

  it('a double click sends one request; a start from a second page is PAYMENT_EXISTS and resumes the same page', async () => {
    const store = new PendingPaymentStore(sessionStorage);
    const adapter = await provider(store);
    const payment = request(store.requestIdFor('kz-3'));
    const [a, b] = await Promise.all([adapter.start(payment), adapter.start(payment)]);
    expect(a).to.deep.equal(b);
    expect(posts(await xbezahldiensteRequests())).to.have.length(1);

    const secondPage = await provider(new PendingPaymentStore(sessionStorage));
    const again = await secondPage.start(payment);
    expect(again).to.deep.equal({ redirectUrl: a.redirectUrl, alreadyStarted: true });
    expect(posts(await xbezahldiensteRequests()).map((r) => r.functionalCode)).to.deep.equal([null, 'PAYMENT_EXISTS']);
    expect(await xbezahldienstePayments()).to.have.length(1);
  });

  it('maps errors: HTTP 500 unavailable, a broken answer bad-answer, a dropped connection unavailable', async () => {
    const store = new PendingPaymentStore(sessionStorage);
    const adapter = await provider(store);
    await setXBezahldiensteMode('error-500');
    const e500 = providerError(await rejection(adapter.start(request(store.requestIdFor('e1')))));
    expect([e500.code, e500.status, e500.functionalCode]).to.deep.equal(['unavailable', 500, 'UNSPECIFIED']);
    await setXBezahldiensteMode('broken-json');
    const broken = providerError(await rejection(adapter.start(request(store.requestIdFor('e2')))));
    expect([broken.code, broken.status]).to.deep.equal(['bad-answer', 200]);
    await setXBezahldiensteMode('network-error');
    expect(providerError(await rejection(adapter.start(request(store.requestIdFor('e3'))))).code).to.equal(
      'unavailable',
    );
  });

  it('asks the provider for a transaction it does not know: unknown-payment (HTTP 404)', async () => {
    const store = new PendingPaymentStore(sessionStorage);
    const requestId = store.requestIdFor('kz-4');
    store.update(requestId, { transaction: { transactionId: 'T00000000000000000000', redirectUrl: null } });
    const error = providerError(await rejection((await provider(store)).status(requestId)));
    expect([error.code, error.status]).to.deep.equal(['unknown-payment', 404]);
  });

  it('refuses what breaks the field limits before sending: a 28-character purpose, 999.999,99 €, markup in the purpose', async () => {
    const adapter = await provider();
    const bad: Partial<PaymentRequest>[] = [
      { purpose: 'P'.repeat(28) },
      { amountCents: 99999999, items: [{ description: 'Gebühr', netCents: 99999999 }] },
      { purpose: '<b>Gebühr</b>' },
      { items: [] },
      { amountCents: 4851 },
      { redirectUrl: 'javascript:alert(1)' },
    ];
    for (const change of bad) {
      const error = await rejection(adapter.start(request('req-limits', change)));
      expect(error, JSON.stringify(change)).to.be.instanceOf(PaymentRequestError);
    }
    // 27 characters and 999.999,00 € are within the limits.
    const ok = await adapter.start(
      request('req-limits-ok', {
        purpose: 'P'.repeat(27),
        amountCents: 99999900,
        items: [{ description: 'Gebühr', netCents: 99999900 }],
      }),
    );
    expect(ok.alreadyStarted).to.equal(false);
    expect(posts(await xbezahldiensteRequests()).map((r) => r.requestId)).to.deep.equal(['req-limits-ok']);
  });

  it('the sandbox validates like a provider: VALIDATION_ERROR, CALCULATION_ERROR, PAYMENT_EXISTS before the rest', async () => {
    const url = `${await xbezahldiensteBaseUrl()}/paymenttransaction/bp-test-portal/09761000`;
    const send = async (body: unknown) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      return [response.status, ((await response.json()) as { functionalCode: string }).functionalCode];
    };
    const valid = {
      requestId: 'raw-1',
      currency: 'EUR',
      grosAmount: 10,
      purpose: 'Gebuehr',
      redirectUrl: returnUrl(),
      items: [{ description: 'Gebühr', totalNetAmount: 10 }],
    };
    expect(await send({ ...valid, purpose: 'P'.repeat(28) })).to.deep.equal([400, 'VALIDATION_ERROR']);
    expect(await send({ ...valid, grosAmount: 999999.99, items: [{ totalNetAmount: 999999.99 }] })).to.deep.equal([
      400,
      'VALIDATION_ERROR',
    ]);
    expect(await send({ ...valid, requestId: 'x'.repeat(37) })).to.deep.equal([400, 'VALIDATION_ERROR']);
    expect(await send({ ...valid, currency: 'USD' })).to.deep.equal([400, 'VALIDATION_ERROR']);
    expect(await send({ ...valid, grosAmount: 10.001 })).to.deep.equal([400, 'VALIDATION_ERROR']);
    expect(await send({ ...valid, items: [] })).to.deep.equal([400, 'VALIDATION_ERROR']);
    expect(await send({ ...valid, grosAmount: 11 })).to.deep.equal([400, 'CALCULATION_ERROR']);
    expect(await send(valid)).to.deep.equal([200, undefined]);
    expect(await send({ ...valid, grosAmount: 11 })).to.deep.equal([409, 'PAYMENT_EXISTS']);
  });

  it("the provider's page shows amount and purpose, escapes markup, and ends a payment only once", async () => {
    const adapter = await provider();
    const started = await adapter.start(
      request('req-page', {
        description: '<img src=x onerror=alert(1)> Gebühr',
        amountCents: 1,
        items: [{ description: 'x', netCents: 1 }],
      }),
    );
    const page = await (await fetch(started.redirectUrl!)).text();
    expect(page).to.contain('<strong data-amount>0,01\u00A0€</strong>');
    expect(page).to.contain('<span data-purpose>Personalausweis 6-0123</span>');
    expect(page).to.contain('&lt;img src=x onerror=alert(1)&gt; Gebühr');
    await completePayment(started.redirectUrl!, 'CANCELED');
    const again = await fetch(started.redirectUrl!, {
      method: 'POST',
      body: new URLSearchParams({ outcome: 'PAYED' }),
    });
    expect(again.status).to.equal(409);
    expect((await adapter.status('req-page')).status).to.equal('CANCELED');
  });
});
