import { centsToDecimal, centsProblems } from './money.js';
import {
  PAYMENT_STATUSES,
  PaymentProviderError,
  PaymentRequestError,
  PendingPaymentStore,
  type AbortSignalLike,
  type PaymentItem,
  type PaymentProvider,
  type PaymentRequest,
  type PaymentStart,
  type PaymentStatus,
  type PaymentStatusResult,
} from './provider.js';

/**
 * A {@link PaymentProvider} for XBezahldienste (FITKO, v1.0.0), the standard interface behind
 * ePayBL and pmPayment:
 *
 * - `POST {baseUrl}/paymenttransaction/{originatorId}/{endPointId}` with a PaymentRequest
 *   (`requestId`, `requestTimestamp`, `currency: 'EUR'`, `grosAmount`, `purpose`, `description`,
 *   `redirectUrl`, `items`) answers a PaymentTransaction `{ paymentRequest, paymentInformation }`
 *   whose `paymentInformation` holds `transactionId`, `transactionRedirectUrl` (the provider's
 *   page, while `status` is `INITIAL`) and maybe a `transactionReference`;
 * - `GET {baseUrl}/paymenttransaction/{originatorId}/{endPointId}/{transactionId}` answers the
 *   same shape with the current `status` (`INITIAL`, `PAYED`, `FAILED`, `CANCELED`);
 * - errors come as `{ type, status, title, detail, functionalCode }` with `functionalCode`
 *   `PAYMENT_EXISTS` (this requestId was sent before: the payment is in progress, not an error),
 *   `CALCULATION_ERROR`, `BOOKING_DATA_MISSING`, `VALIDATION_ERROR`, …
 *
 * Amounts go as decimal euros (`12345` cents → `123.45`), the unit implementations use (the
 * interface calls the total `grosAmount`, with one s). The field limits are checked before
 * sending, so a request the provider would refuse is a {@link PaymentRequestError} at once.
 *
 * The provider's own credentials (client certificate, token) belong on the portal's server: in
 * a browser, point `baseUrl` at the portal's endpoint that forwards to the provider.
 */

/** The field limits of XBezahldienste v1.0.0. */
export const XBEZAHLDIENSTE_LIMITS = {
  requestId: 36,
  purpose: 27,
  description: 250,
  itemId: 36,
  itemReference: 36,
  itemDescription: 250,
  minItems: 1,
  maxItems: 99,
  /** Largest amount in euros (grosAmount, item amounts). */
  maxEuros: 999999,
  maxQuantity: 999999,
} as const;

const ID = /^[\w-]+$/;
const PURPOSE = /^[\w\s-]*$/;

/** Every way a request breaks the XBezahldienste field limits (English sentences for the console). */
export function checkXBezahldiensteRequest(request: PaymentRequest): string[] {
  const L = XBEZAHLDIENSTE_LIMITS;
  const problems: string[] = [];
  const maxCents = L.maxEuros * 100;
  const amount = (cents: unknown, what: string) => {
    const found = centsProblems(cents, what).map((p) => p.message);
    if (!found.length && (cents as number) > maxCents) found.push(`${what} must be at most ${L.maxEuros} euros.`);
    problems.push(...found);
  };
  const id = (value: string | undefined, what: string, max: number, required: boolean) => {
    if (value === undefined || value === '') {
      if (required) problems.push(`${what} is required.`);
    } else if (value.length > max || !ID.test(value)) {
      problems.push(`${what} must be 1–${max} of A–Z, a–z, 0–9, _ and -, got "${value}".`);
    }
  };
  id(request.requestId, 'requestId', L.requestId, true);
  amount(request.amountCents, 'amountCents');
  const purpose = request.purpose ?? '';
  if (!purpose.trim()) problems.push('purpose is required.');
  else if (purpose.length > L.purpose || !PURPOSE.test(purpose)) {
    problems.push(`purpose must be 1–${L.purpose} of A–Z, a–z, 0–9, _, - and spaces, got "${purpose}".`);
  }
  if ((request.description ?? '').length > L.description) {
    problems.push(`description must be at most ${L.description} characters.`);
  }
  if (!/^https?:\/\/[^\s]+$/.test(request.redirectUrl ?? '')) {
    problems.push('redirectUrl must be an absolute http(s) URL.');
  }
  const items: readonly PaymentItem[] = Array.isArray(request.items) ? request.items : [];
  if (items.length < L.minItems || items.length > L.maxItems) {
    problems.push(`items must have ${L.minItems}–${L.maxItems} entries, got ${items.length}.`);
  }
  let sum = 0;
  items.forEach((item, i) => {
    id(item.id, `items[${i}].id`, L.itemId, false);
    id(item.reference, `items[${i}].reference`, L.itemReference, false);
    if (!item.description?.trim()) problems.push(`items[${i}].description is required.`);
    else if (item.description.length > L.itemDescription) {
      problems.push(`items[${i}].description must be at most ${L.itemDescription} characters.`);
    }
    const before = problems.length;
    amount(item.netCents, `items[${i}].netCents`);
    amount(item.taxCents ?? 0, `items[${i}].taxCents`);
    if (item.taxRate !== undefined && !(item.taxRate >= 0 && item.taxRate <= 100)) {
      problems.push(`items[${i}].taxRate must be 0–100.`);
    }
    const q = item.quantity ?? 1;
    if (!Number.isInteger(q) || q < 1 || q > L.maxQuantity) {
      problems.push(`items[${i}].quantity must be a whole number from 1 to ${L.maxQuantity}.`);
    }
    if (problems.length === before) sum += item.netCents + (item.taxCents ?? 0);
  });
  if (!problems.length && sum !== request.amountCents) {
    problems.push(`The items add up to ${sum} cents, amountCents is ${request.amountCents}.`);
  }
  return problems;
}

/** The JSON body of the POST: the PaymentRequest of XBezahldienste. */
export function toXBezahldiensteRequest(request: PaymentRequest, now = new Date()): Record<string, unknown> {
  const euros = (cents: number) => Number(centsToDecimal(cents));
  return {
    requestId: request.requestId,
    requestTimestamp: now.toISOString(),
    currency: 'EUR',
    grosAmount: euros(request.amountCents),
    purpose: request.purpose,
    ...(request.description ? { description: request.description } : {}),
    redirectUrl: request.redirectUrl,
    items: request.items.map((item) => {
      const quantity = item.quantity ?? 1;
      const tax = item.taxCents ?? 0;
      return {
        ...(item.id ? { id: item.id } : {}),
        ...(item.reference ? { reference: item.reference } : {}),
        description: item.description,
        ...(item.taxRate !== undefined ? { taxRate: item.taxRate } : {}),
        quantity,
        totalNetAmount: euros(item.netCents),
        totalTaxAmount: euros(tax),
        ...(item.netCents % quantity === 0 && tax % quantity === 0
          ? { singleNetAmount: euros(item.netCents / quantity), singleTaxAmount: euros(tax / quantity) }
          : {}),
        ...(item.bookingData ? { bookingData: { ...item.bookingData } } : {}),
      };
    }),
  };
}

/** The parts of a `fetch` `Response` the adapter reads. */
export interface PaymentFetchResponse {
  readonly ok: boolean;
  readonly status: number;
  text(): Promise<string>;
}

/** A `fetch` as the adapter calls it (the global `fetch` is one). */
export type PaymentFetch = (
  input: string,
  init: { method: string; headers: Record<string, string>; body?: string; signal?: AbortSignalLike },
) => Promise<PaymentFetchResponse>;

const globalFetch: PaymentFetch = (input, init) =>
  (globalThis as unknown as { fetch: PaymentFetch }).fetch(input, init);

export interface XBezahldiensteOptions {
  /** Base URL of the interface (everything before `/paymenttransaction`). */
  readonly baseUrl: string;
  /** The online service's id at the provider. */
  readonly originatorId: string;
  /** The receiving endpoint, e.g. the municipality's AGS. */
  readonly endPointId: string;
  /** Keeps the transaction ids across the redirect (default: in memory only). */
  readonly store?: PendingPaymentStore;
  /** Extra headers, e.g. `Authorization` on the portal's server. */
  readonly headers?: Readonly<Record<string, string>>;
  readonly fetch?: PaymentFetch;
}

interface Transaction {
  readonly transactionId: string;
  readonly redirectUrl: string | null;
}

/** The XBezahldienste adapter. */
export class XBezahldiensteProvider implements PaymentProvider {
  readonly #base: string;
  readonly #store: PendingPaymentStore;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #fetch: PaymentFetch;
  /** Transactions started by this instance, also when the store has no entry for them. */
  readonly #known = new Map<string, Transaction>();
  /** Starts in flight, by requestId: a second start while one runs gets the same promise. */
  readonly #starting = new Map<string, Promise<PaymentStart>>();

  constructor(options: XBezahldiensteOptions) {
    const segment = (value: string, what: string) => {
      if (!value || !ID.test(value))
        throw new Error(`XBezahldiensteProvider: ${what} must be of A–Z, a–z, 0–9, _ and -`);
      return encodeURIComponent(value);
    };
    this.#base = `${options.baseUrl.replace(/\/+$/, '')}/paymenttransaction/${segment(
      options.originatorId,
      'originatorId',
    )}/${segment(options.endPointId, 'endPointId')}`;
    this.#store = options.store ?? new PendingPaymentStore();
    this.#headers = options.headers ?? {};
    this.#fetch = options.fetch ?? globalFetch;
  }

  /** The URL a start is POSTed to. */
  get startUrl(): string {
    return this.#base;
  }

  start(request: PaymentRequest, init: { signal?: AbortSignalLike } = {}): Promise<PaymentStart> {
    const problems = checkXBezahldiensteRequest(request);
    if (problems.length) return Promise.reject(new PaymentRequestError(problems));
    const running = this.#starting.get(request.requestId);
    if (running) return running;
    const promise = this.#start(request, init).finally(() => this.#starting.delete(request.requestId));
    this.#starting.set(request.requestId, promise);
    return promise;
  }

  async #start(request: PaymentRequest, init: { signal?: AbortSignalLike }): Promise<PaymentStart> {
    const answer = await this.#call(this.#base, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...this.#headers },
      body: JSON.stringify(toXBezahldiensteRequest(request)),
      ...(init.signal ? { signal: init.signal } : {}),
    });
    if (answer.kind === 'error') {
      if (answer.functionalCode === 'PAYMENT_EXISTS') {
        const known = this.#transaction(request.requestId);
        return { redirectUrl: known?.redirectUrl ?? null, alreadyStarted: true };
      }
      throw answer.error;
    }
    const info = paymentInformation(answer.body, this.#base);
    const transaction: Transaction = { transactionId: info.transactionId, redirectUrl: info.redirectUrl };
    if (info.status === 'INITIAL' && !transaction.redirectUrl) {
      throw new PaymentProviderError(
        'The provider sent no transactionRedirectUrl for a new payment',
        'bad-answer',
        200,
      );
    }
    this.#known.set(request.requestId, transaction);
    this.#store.update(request.requestId, { transaction });
    return { redirectUrl: transaction.redirectUrl, alreadyStarted: false };
  }

  async status(requestId: string, init: { signal?: AbortSignalLike } = {}): Promise<PaymentStatusResult> {
    const known = this.#transaction(requestId);
    if (!known) {
      throw new PaymentProviderError(
        `No transaction is known here for requestId ${requestId}: start the payment first`,
        'unknown-payment',
        0,
      );
    }
    const url = `${this.#base}/${encodeURIComponent(known.transactionId)}`;
    const answer = await this.#call(url, {
      method: 'GET',
      headers: { ...this.#headers },
      ...(init.signal ? { signal: init.signal } : {}),
    });
    if (answer.kind === 'error') throw answer.error;
    const info = paymentInformation(answer.body, url);
    if (info.transactionId !== known.transactionId) {
      throw new PaymentProviderError(
        `The provider answered for transaction ${info.transactionId}, asked for ${known.transactionId}`,
        'bad-answer',
        200,
      );
    }
    return { status: info.status, transactionReference: info.transactionReference };
  }

  #transaction(requestId: string): Transaction | null {
    return this.#known.get(requestId) ?? this.#store.find(requestId)?.transaction ?? null;
  }

  async #call(
    url: string,
    init: Parameters<PaymentFetch>[1],
  ): Promise<
    { kind: 'ok'; body: unknown } | { kind: 'error'; error: PaymentProviderError; functionalCode: string | null }
  > {
    let response: PaymentFetchResponse;
    try {
      response = await this.#fetch(url, { ...init, headers: { accept: 'application/json', ...init.headers } });
    } catch (error) {
      if (init.signal?.aborted) throw init.signal.reason;
      throw new PaymentProviderError('The payment provider cannot be reached', 'unavailable', 0, null, {
        cause: error,
      });
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (init.signal?.aborted) throw init.signal.reason;
      throw new PaymentProviderError(
        'The answer of the payment provider broke off',
        'unavailable',
        response.status,
        null,
        {
          cause: error,
        },
      );
    }
    let body: unknown = undefined;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    if (response.ok) {
      if (body === undefined) {
        throw new PaymentProviderError('The payment provider answered without JSON', 'bad-answer', response.status);
      }
      return { kind: 'ok', body };
    }
    const problem = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
    const functionalCode = typeof problem.functionalCode === 'string' ? problem.functionalCode : null;
    const detail = typeof problem.detail === 'string' ? `: ${problem.detail}` : '';
    const code =
      response.status >= 500 || response.status === 429
        ? 'unavailable'
        : response.status === 404
          ? 'unknown-payment'
          : 'rejected';
    return {
      kind: 'error',
      functionalCode,
      error: new PaymentProviderError(
        `The payment provider answered HTTP ${response.status}${functionalCode ? ` ${functionalCode}` : ''}${detail}`,
        code,
        response.status,
        functionalCode,
      ),
    };
  }
}

/** Reads `paymentInformation` of a PaymentTransaction; a {@link PaymentProviderError} `bad-answer` if it is not one. */
function paymentInformation(
  body: unknown,
  url: string,
): { transactionId: string; redirectUrl: string | null; status: PaymentStatus; transactionReference: string | null } {
  const info = (body as { paymentInformation?: Record<string, unknown> } | null)?.paymentInformation;
  const bad = (what: string) => new PaymentProviderError(`Unexpected answer from ${url}: ${what}`, 'bad-answer', 200);
  if (typeof info !== 'object' || info === null) throw bad('no paymentInformation');
  const { transactionId, transactionRedirectUrl, status, transactionReference } = info;
  if (typeof transactionId !== 'string' || !transactionId) throw bad('no transactionId');
  if (!PAYMENT_STATUSES.includes(status as PaymentStatus)) throw bad(`unknown status ${JSON.stringify(status)}`);
  const redirect = typeof transactionRedirectUrl === 'string' && transactionRedirectUrl ? transactionRedirectUrl : null;
  if (redirect !== null && !/^https?:\/\//.test(redirect)) throw bad('transactionRedirectUrl is not an http(s) URL');
  return {
    transactionId,
    redirectUrl: redirect,
    status: status as PaymentStatus,
    transactionReference:
      typeof transactionReference === 'string' && transactionReference ? transactionReference : null,
  };
}
