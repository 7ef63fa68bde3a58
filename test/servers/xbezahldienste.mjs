// A local XBezahldienste sandbox (the FITKO standard interface of ePayBL and pmPayment), for
// browser tests of the payment adapter: a real HTTP server on 127.0.0.1 that takes payment
// requests, validates them as a provider does, hosts a payment page that ends as PAYED, CANCELED
// or FAILED and sends the browser back to the request's redirectUrl, and answers status queries.
// test/plugins/xbezahldienste.mjs starts it with the test runner; browser tests use it through
// test/testing/xbezahldienste.ts.
//
// The interface, and where that is from:
//   From DOMAIN.md §3 (docs.fitko.de/xbezahldienste v1.0.0) and an implementation against ePayBL
//   and pmPayment (Gover, aivot-digital: XBezahldienstePaymentRequest/-Item/-Information/
//   -SystemResponse, XBezahldienstFunctionalCode):
//   - POST /paymenttransaction/{originatorId}/{endPointId} with a PaymentRequest { requestId
//     (≤ 36 of [\w-]), requestTimestamp, currency 'EUR', grosAmount (decimal euros, 0–999999),
//     purpose (≤ 27 of [\w -]), description (≤ 250), redirectUrl, items (1–99: id, reference,
//     description, taxRate, quantity, totalNetAmount, totalTaxAmount, singleNetAmount,
//     singleTaxAmount, bookingData), requestor }. Answer: a PaymentTransaction { paymentRequest,
//     paymentInformation { transactionUrl, transactionRedirectUrl, transactionId,
//     transactionReference, transactionTimestamp, paymentMethod, paymentMethodDetail, status,
//     statusDetail } }, HTTP 200.
//   - GET /paymenttransaction/{originatorId}/{endPointId}/{transactionId}: the same shape with the
//     current status; transactionRedirectUrl only while INITIAL.
//   - Errors: { type, status, title, detail, functionalCode } with functionalCode PAYMENT_EXISTS,
//     CALCULATION_ERROR, BOOKING_DATA_MISSING, VALIDATION_ERROR, NO_VALID_ORIGINATOR_OR_ENDPOINT,
//     UNSPECIFIED, FORBIDDEN.
//   Not confirmed, chosen here:
//   - HTTP statuses of errors: 409 for PAYMENT_EXISTS, 400 for VALIDATION_ERROR and
//     CALCULATION_ERROR, 404 for an unknown transaction or originator, 503 when down.
//   - The transactionId is the provider's own (`T` + 20 hex digits), not the requestId; the
//     transactionReference (a Kassenzeichen-like number) is given once the payment is PAYED.
//   - The payment page: GET /paypage/{transactionId} shows the amount, purpose and three buttons;
//     POST /paypage/{transactionId} with outcome=PAYED|CANCELED|FAILED ends the payment and
//     answers 303 to the redirectUrl, unchanged (no status on the URL: the caller must ask).
//     A payment that has ended cannot be ended again (409 page).
//   - CORS: any origin, methods GET and POST, headers content-type, accept, authorization (in
//     production a portal's server calls the provider; in the tests the browser does).
//
// Modes, per test session (set by the plugin's command, or `setMode` here):
//   'up'             normal
//   'down'           every interface call answers 503 with an HTML page and no CORS headers, as a
//                    proxy in front of a provider in maintenance does: the browser sees a network
//                    error
//   'error-500'      every interface call answers 500 with a SystemResponse (UNSPECIFIED)
//   'network-error'  the connection is closed without an answer
//   'broken-json'    200 with the JSON cut off
//   'down-after-create'  the POST creates the payment, then the connection is closed without an
//                    answer (the client cannot know it was created: a retry gets PAYMENT_EXISTS)
//
// Paths: /session/<id> before /paymenttransaction or /paypage names whose request log it is.
//
// Run alone for manual checks: `node test/servers/xbezahldienste.mjs [port]` prints the origin.
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const LIMITS = { requestId: 36, purpose: 27, description: 250, itemId: 36, items: 99, euros: 999999, quantity: 999999 };
const ID = /^[\w-]+$/;
const STATUSES = ['PAYED', 'CANCELED', 'FAILED'];
const CORS = {
  'access-control-allow-origin': '*',
};

/** An error answer of the interface. */
class SystemError extends Error {
  constructor(status, title, functionalCode, detail) {
    super(detail);
    this.status = status;
    this.title = title;
    this.functionalCode = functionalCode;
  }
}

const invalid = (detail) => new SystemError(400, 'Bad Request', 'VALIDATION_ERROR', detail);

/** A decimal euro amount with at most two places in 0–999999; returns cents. */
function euros(value, what) {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(`${what} must be a number`);
  const cents = Math.round(value * 100);
  if (Math.abs(cents - value * 100) > 1e-6) throw invalid(`${what} has more than two decimal places`);
  if (cents < 0 || cents > LIMITS.euros * 100) throw invalid(`${what} must be between 0 and ${LIMITS.euros}`);
  return cents;
}

function text(value, what, max, { required = false, pattern = null } = {}) {
  if (value === undefined || value === null || value === '') {
    if (required) throw invalid(`${what} is required`);
    return;
  }
  if (typeof value !== 'string') throw invalid(`${what} must be a string`);
  if (value.length > max) throw invalid(`${what} must be at most ${max} characters`);
  if (pattern && !pattern.test(value)) throw invalid(`${what} contains characters that are not allowed`);
}

/** Validates a PaymentRequest as a provider would; throws a SystemError. */
function validateRequest(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw invalid('the body must be a JSON object');
  text(body.requestId, 'requestId', LIMITS.requestId, { required: true, pattern: ID });
  if (body.currency !== 'EUR') throw invalid('currency must be EUR');
  if (body.grosAmount === undefined) throw invalid('grosAmount is required');
  const total = euros(body.grosAmount, 'grosAmount');
  text(body.purpose, 'purpose', LIMITS.purpose, { required: true, pattern: /^[\w -]+$/ });
  text(body.description, 'description', LIMITS.description);
  if (typeof body.redirectUrl !== 'string') throw invalid('redirectUrl is required');
  let redirect;
  try {
    redirect = new URL(body.redirectUrl);
  } catch {
    throw invalid('redirectUrl must be an absolute URL');
  }
  if (redirect.protocol !== 'http:' && redirect.protocol !== 'https:') throw invalid('redirectUrl must be http(s)');
  if (body.requestTimestamp !== undefined && Number.isNaN(Date.parse(body.requestTimestamp))) {
    throw invalid('requestTimestamp must be an ISO 8601 timestamp');
  }
  if (!Array.isArray(body.items) || body.items.length < 1 || body.items.length > LIMITS.items) {
    throw invalid(`items must have 1 to ${LIMITS.items} entries`);
  }
  let sum = 0;
  body.items.forEach((item, i) => {
    if (typeof item !== 'object' || item === null) throw invalid(`items[${i}] must be an object`);
    text(item.id, `items[${i}].id`, LIMITS.itemId, { pattern: ID });
    text(item.reference, `items[${i}].reference`, LIMITS.itemId, { pattern: ID });
    text(item.description, `items[${i}].description`, LIMITS.description);
    const quantity = item.quantity ?? 1;
    if (!Number.isInteger(quantity) || quantity < 1 || quantity > LIMITS.quantity) {
      throw invalid(`items[${i}].quantity must be 1 to ${LIMITS.quantity}`);
    }
    if (item.taxRate !== undefined && !(typeof item.taxRate === 'number' && item.taxRate >= 0 && item.taxRate <= 100)) {
      throw invalid(`items[${i}].taxRate must be 0 to 100`);
    }
    if (item.totalNetAmount === undefined) throw invalid(`items[${i}].totalNetAmount is required`);
    sum += euros(item.totalNetAmount, `items[${i}].totalNetAmount`);
    sum += euros(item.totalTaxAmount ?? 0, `items[${i}].totalTaxAmount`);
  });
  if (sum !== total) {
    throw new SystemError(
      400,
      'Bad Request',
      'CALCULATION_ERROR',
      `the items add up to ${sum / 100}, grosAmount is ${total / 100}`,
    );
  }
  return total;
}

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function paypage(payment, action) {
  const amount = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(payment.cents / 100);
  const buttons = STATUSES.map(
    (s) =>
      `<button name="outcome" value="${s}">${{ PAYED: 'Bezahlen', CANCELED: 'Abbrechen', FAILED: 'Zahlung scheitern lassen' }[s]}</button>`,
  ).join('\n    ');
  return `<!DOCTYPE html>
<html lang="de">
<meta charset="utf-8">
<title>XBezahldienste-Sandbox: Bezahlen</title>
<h1>Bezahlen</h1>
<p>Betrag: <strong data-amount>${escapeHtml(amount)}</strong></p>
<p>Verwendungszweck: <span data-purpose>${escapeHtml(payment.request.purpose)}</span></p>
<p data-description>${escapeHtml(payment.request.description ?? '')}</p>
<form method="post" action="${escapeHtml(action)}">
    ${buttons}
</form>
</html>
`;
}

/**
 * Starts the sandbox. Resolves to { origin, requests(session), reset(session), setMode(session,
 * mode), payments(session), close() }.
 */
export async function startXBezahldiensteServer({ host = '127.0.0.1', port = 0 } = {}) {
  /** session → request log entries, oldest first. */
  const logs = new Map();
  /** session → mode. */
  const modes = new Map();
  /** `${session}/${originatorId}/${endPointId}/${requestId}` → payment (each test session is a provider of its own); transactionId → payment. */
  const byRequest = new Map();
  const byTransaction = new Map();
  let nextId = 1;
  let nextReference = 1;
  let origin = '';

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    let session = '';
    if (segments[0] === 'session') {
      session = segments[1] ?? '';
      segments.splice(0, 2);
    }
    const prefix = `${origin}/session/${encodeURIComponent(session)}`;
    const mode = modes.get(session) ?? 'up';
    const entry = {
      id: nextId++,
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      endpoint: segments.join('/'),
      mode,
      requestId: null,
      transactionId: null,
      body: null,
      status: null,
      functionalCode: null,
      location: null,
      outcome: 'pending',
    };
    if (!logs.has(session)) logs.set(session, []);
    logs.get(session).push(entry);
    let dropped = false;
    res.on('close', () => {
      entry.outcome = res.writableFinished ? 'answered' : dropped ? 'dropped' : 'aborted';
    });

    const send = (status, headers, body) => {
      if (res.destroyed) return;
      res.writeHead(status, { ...headers, 'content-length': Buffer.byteLength(body) });
      entry.status = status;
      res.end(body);
    };
    const json = (status, value, cut = false) => {
      let body = JSON.stringify(value);
      if (cut) body = body.slice(0, Math.floor(body.length / 2));
      send(status, { ...CORS, 'content-type': 'application/json; charset=utf-8' }, body);
    };
    const fail = (error) => {
      entry.functionalCode = error.functionalCode;
      json(error.status, {
        type: `about:blank#${error.functionalCode}`,
        status: error.status,
        title: error.title,
        detail: error.message,
        functionalCode: error.functionalCode,
      });
    };
    const drop = () => {
      dropped = true;
      req.socket.destroy();
    };
    const html = (status, body) => send(status, { 'content-type': 'text/html; charset=utf-8', ...CORS }, body);

    if (req.method === 'OPTIONS' && req.headers.origin && req.headers['access-control-request-method']) {
      return send(
        204,
        {
          ...CORS,
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': 'content-type, accept, authorization',
          'access-control-max-age': '0',
        },
        '',
      );
    }

    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const view = (payment) => ({
        paymentRequest: payment.request,
        paymentInformation: {
          transactionUrl: `${prefix}/paymenttransaction/${payment.originatorId}/${payment.endPointId}/${payment.transactionId}`,
          ...(payment.status === 'INITIAL'
            ? { transactionRedirectUrl: `${prefix}/paypage/${payment.transactionId}` }
            : {}),
          transactionId: payment.transactionId,
          ...(payment.transactionReference ? { transactionReference: payment.transactionReference } : {}),
          ...(payment.status === 'PAYED'
            ? { transactionTimestamp: payment.endedAt, paymentMethod: 'CREDITCARD', paymentMethodDetail: 'Sandbox' }
            : {}),
          status: payment.status,
        },
      });

      // The payment page: not part of the interface, so not affected by the mode.
      if (segments[0] === 'paypage' && segments.length === 2) {
        const payment = byTransaction.get(segments[1]);
        entry.transactionId = segments[1];
        if (!payment) return html(404, '<!DOCTYPE html><title>Unbekannte Zahlung</title><h1>Unbekannte Zahlung</h1>\n');
        entry.requestId = payment.request.requestId;
        if (req.method === 'GET') return html(200, paypage(payment, `${prefix}/paypage/${payment.transactionId}`));
        if (req.method !== 'POST') return html(405, '<!DOCTYPE html><title>Nicht erlaubt</title>\n');
        const outcome = new URLSearchParams(raw).get('outcome');
        entry.body = { outcome };
        if (!STATUSES.includes(outcome))
          return html(400, '<!DOCTYPE html><title>Ungültig</title><h1>Ungültige Auswahl</h1>\n');
        if (payment.status !== 'INITIAL') {
          return html(
            409,
            '<!DOCTYPE html><title>Bereits abgeschlossen</title><h1>Die Zahlung ist bereits abgeschlossen</h1>\n',
          );
        }
        payment.status = outcome;
        payment.endedAt = new Date().toISOString();
        if (outcome === 'PAYED')
          payment.transactionReference = `6.${String(nextReference++).padStart(4, '0')}.${payment.transactionId.slice(1, 7)}`;
        entry.location = payment.request.redirectUrl;
        return send(303, { location: payment.request.redirectUrl, 'content-type': 'text/plain' }, '');
      }

      if (segments[0] !== 'paymenttransaction' || segments.length < 3 || segments.length > 4) {
        return fail(new SystemError(404, 'Not Found', 'UNSPECIFIED', `no such endpoint: /${segments.join('/')}`));
      }
      const [, originatorId, endPointId, transactionId] = segments;
      if (segments.length === 3 && req.method === 'POST') {
        try {
          entry.body = JSON.parse(raw);
          entry.requestId = typeof entry.body?.requestId === 'string' ? entry.body.requestId : null;
        } catch {
          entry.body = raw;
        }
      }
      if (transactionId) entry.transactionId = transactionId;

      switch (mode) {
        case 'down':
          return send(
            503,
            { 'content-type': 'text/html' },
            '<!DOCTYPE html><title>Wartung</title><h1>Wartungsarbeiten</h1>\n',
          );
        case 'error-500':
          return fail(new SystemError(500, 'Internal Server Error', 'UNSPECIFIED', 'the sandbox is set to fail'));
        case 'network-error':
          return drop();
        default:
      }

      try {
        if (!ID.test(originatorId) || !ID.test(endPointId)) {
          throw new SystemError(404, 'Not Found', 'NO_VALID_ORIGINATOR_OR_ENDPOINT', 'unknown originator or endpoint');
        }
        if (segments.length === 3) {
          if (req.method !== 'POST') throw new SystemError(405, 'Method Not Allowed', 'UNSPECIFIED', 'POST only');
          if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
            throw invalid('the body must be sent as application/json');
          }
          if (typeof entry.body !== 'object' || entry.body === null) throw invalid('the body is not JSON');
          const body = entry.body;
          // PAYMENT_EXISTS is decided on the requestId alone, before the rest is looked at.
          const key = `${session}/${originatorId}/${endPointId}/${body.requestId}`;
          if (typeof body.requestId === 'string' && byRequest.has(key)) {
            throw new SystemError(
              409,
              'Conflict',
              'PAYMENT_EXISTS',
              `a payment with requestId ${body.requestId} exists`,
            );
          }
          const cents = validateRequest(body);
          const payment = {
            session,
            originatorId,
            endPointId,
            transactionId: `T${randomBytes(10).toString('hex')}`,
            request: body,
            cents,
            status: 'INITIAL',
            transactionReference: null,
            createdAt: new Date().toISOString(),
            endedAt: null,
          };
          byRequest.set(key, payment);
          byTransaction.set(payment.transactionId, payment);
          entry.transactionId = payment.transactionId;
          if (mode === 'down-after-create') return drop();
          return json(200, view(payment), mode === 'broken-json');
        }
        if (req.method !== 'GET') throw new SystemError(405, 'Method Not Allowed', 'UNSPECIFIED', 'GET only');
        const payment = byTransaction.get(transactionId);
        if (!payment || payment.originatorId !== originatorId || payment.endPointId !== endPointId) {
          throw new SystemError(404, 'Not Found', 'UNSPECIFIED', `no transaction ${transactionId}`);
        }
        entry.requestId = payment.request.requestId;
        return json(200, view(payment), mode === 'broken-json');
      } catch (error) {
        if (error instanceof SystemError) return fail(error);
        console.error(error);
        return fail(new SystemError(500, 'Internal Server Error', 'UNSPECIFIED', 'sandbox error'));
      }
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  origin = `http://${host}:${server.address().port}`;
  const copy = (value) => JSON.parse(JSON.stringify(value));
  return {
    origin,
    /** The request log of one session (copies), oldest first. */
    requests: (session = '') => copy(logs.get(session) ?? []),
    /** Forgets one session's log, mode and payments. */
    reset: (session = '') => {
      logs.delete(session);
      modes.delete(session);
      for (const [key, payment] of byRequest) {
        if (payment.session !== session) continue;
        byRequest.delete(key);
        byTransaction.delete(payment.transactionId);
      }
    },
    /** Sets how the interface answers this session's calls (see the modes above). */
    setMode: (session, mode) => {
      const known = ['up', 'down', 'error-500', 'network-error', 'broken-json', 'down-after-create'];
      if (!known.includes(mode)) throw new Error(`unknown mode ${mode}`);
      modes.set(session, mode);
    },
    /** The payments created through this session's base URL. */
    payments: (session = '') =>
      copy(
        [...byTransaction.values()]
          .filter((p) => p.session === session)
          .map(({ request, ...p }) => ({ ...p, requestId: request.requestId, purpose: request.purpose })),
      ),
    /** Stops listening and drops every open connection. */
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startXBezahldiensteServer({ port: Number(process.argv[2] ?? 0) });
  console.log(
    `XBezahldienste sandbox on ${server.origin} (POST ${server.origin}/paymenttransaction/<originatorId>/<endPointId>); Ctrl+C stops it`,
  );
  const stop = () => server.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
