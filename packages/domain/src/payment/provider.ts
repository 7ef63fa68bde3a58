/**
 * The contract between `bp-payment-step` and a payment provider, free of any vendor: start a
 * payment (the provider answers with the page to send the user to), and ask for its status after
 * the user comes back. The status answer is the truth; parameters on the return URL are not.
 *
 * A payment has one `requestId`, created once ({@link PendingPaymentStore.requestIdFor}) and sent
 * again on every retry, so a provider can tell a retry from a second payment.
 */

/** The status values of XBezahldienste (and of this contract). */
export type PaymentStatus = 'INITIAL' | 'PAYED' | 'FAILED' | 'CANCELED';
export const PAYMENT_STATUSES: readonly PaymentStatus[] = ['INITIAL', 'PAYED', 'FAILED', 'CANCELED'];

/** One position of a payment request, amounts in cents. */
export interface PaymentItem {
  /** The online service's id for the position (≤ 36 of `[A-Za-z0-9_-]`). */
  readonly id?: string;
  /** A business reference for the position (≤ 36 of `[A-Za-z0-9_-]`). */
  readonly reference?: string;
  /** What the position is, shown on the provider's page (≤ 250 characters). */
  readonly description: string;
  /** Net amount of the position in cents (all of it when there is no tax). */
  readonly netCents: number;
  /** Tax of the position in cents (USt); default 0. */
  readonly taxCents?: number;
  /** Tax rate in percent (0–100), when there is tax. */
  readonly taxRate?: number;
  /** Quantity (1–999999); default 1. */
  readonly quantity?: number;
  /** Key-value data the provider's booking needs (Haushaltsstelle, Objektnummer, …). */
  readonly bookingData?: Readonly<Record<string, string>>;
}

/** What a payment is for. */
export interface PaymentRequest {
  /** Created once per payment and reused on every retry (≤ 36 of `[A-Za-z0-9_-]`). */
  readonly requestId: string;
  /** The total in cents; the items must add up to it. */
  readonly amountCents: number;
  /** Verwendungszweck / booking text (≤ 27 of `[A-Za-z0-9_ -]`). */
  readonly purpose: string;
  /** What is paid for, shown on the provider's page (≤ 250 characters). */
  readonly description?: string;
  /** Where the provider sends the user back (absolute http(s) URL). */
  readonly redirectUrl: string;
  /** 1–99 positions. */
  readonly items: readonly PaymentItem[];
}

/** The answer to starting a payment. */
export interface PaymentStart {
  /** The provider's page to send the user to; `null` when the payment was started before and its page is not known here. */
  readonly redirectUrl: string | null;
  /** True when the provider already had this requestId (`PAYMENT_EXISTS`): in progress, not an error. */
  readonly alreadyStarted: boolean;
}

/** The answer to a status query. */
export interface PaymentStatusResult {
  readonly status: PaymentStatus;
  /** The cash office's reference (e.g. the Kassenzeichen) once the provider has one, else `null`. */
  readonly transactionReference: string | null;
}

/** Something that takes payments. */
export interface PaymentProvider {
  /** Starts (or resumes) the payment; rejects with a {@link PaymentProviderError}. */
  start(request: PaymentRequest, init?: { signal?: AbortSignalLike }): Promise<PaymentStart>;
  /** The payment's status, asked of the provider; rejects with a {@link PaymentProviderError}. */
  status(requestId: string, init?: { signal?: AbortSignalLike }): Promise<PaymentStatusResult>;
}

/** The parts of an `AbortSignal` a provider uses (the domain builds without the DOM library). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason: unknown;
  throwIfAborted(): void;
}

/**
 * Why a provider call failed:
 * - `unavailable`: no answer, a network error, or HTTP 5xx: try again later;
 * - `bad-answer`: an answer that is not what the interface promises (not JSON, fields missing);
 * - `rejected`: the provider refused the request (HTTP 4xx), see `functionalCode`;
 * - `unknown-payment`: the provider (or this browser) does not know the payment.
 */
export type PaymentProviderErrorCode = 'unavailable' | 'bad-answer' | 'rejected' | 'unknown-payment';

export class PaymentProviderError extends Error {
  override readonly name = 'PaymentProviderError';
  constructor(
    message: string,
    readonly code: PaymentProviderErrorCode,
    /** HTTP status, 0 when there was no answer. */
    readonly status: number,
    /** The provider's functional code (`VALIDATION_ERROR`, `CALCULATION_ERROR`, …) when it sent one. */
    readonly functionalCode: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A request that breaks the interface's field limits: a developer error, found before sending. */
export class PaymentRequestError extends Error {
  override readonly name = 'PaymentRequestError';
  constructor(readonly problems: readonly string[]) {
    super(`Invalid payment request: ${problems.join(' ')}`);
  }
}

/** The parts of the Web Storage API the store uses (`sessionStorage` is one). */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** A `StorageLike` in memory, for a server or where `sessionStorage` is missing. */
export class MemoryStorage implements StorageLike {
  readonly #items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(key, value);
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
}

/** A new requestId: a random UUID (36 characters, `[0-9a-f-]`). */
export function createRequestId(): string {
  const crypto = (globalThis as unknown as { crypto?: { randomUUID?: () => string } }).crypto;
  if (!crypto?.randomUUID) throw new Error('createRequestId: crypto.randomUUID is not available here');
  return crypto.randomUUID();
}

/** What the store keeps of a payment that has not ended. */
export interface PendingPayment {
  /** The portal's key of the payment (e.g. its Kassenzeichen or the form's id). */
  readonly key: string;
  readonly requestId: string;
  /** `Date.now()` when the requestId was created. */
  readonly createdAt: number;
  /** The method the user chose, once chosen. */
  readonly method?: string;
  /** What the provider answered to the start, once it did. */
  readonly transaction?: {
    /** The provider's id of the transaction, for the status query. */
    readonly transactionId: string;
    /** The provider's page, while the payment is open. */
    readonly redirectUrl: string | null;
  };
}

/**
 * Pending payments over a `Storage` (in the browser `sessionStorage`: it survives the redirect to
 * the provider and back, and a reload, and ends with the tab). One entry per payment key; the
 * requestId is made once and kept until {@link clear}.
 */
export class PendingPaymentStore {
  readonly #storage: StorageLike;
  readonly #prefix: string;

  constructor(storage: StorageLike = new MemoryStorage(), options: { prefix?: string } = {}) {
    this.#storage = storage;
    this.#prefix = options.prefix ?? 'bp-payment:';
  }

  #read(name: string): PendingPayment | null {
    const raw = this.#storage.getItem(this.#prefix + name);
    if (raw === null) return null;
    try {
      const value = JSON.parse(raw) as PendingPayment;
      return typeof value?.requestId === 'string' && typeof value.key === 'string' ? value : null;
    } catch {
      return null;
    }
  }

  #write(entry: PendingPayment): void {
    this.#storage.setItem(this.#prefix + entry.key, JSON.stringify(entry));
    this.#storage.setItem(`${this.#prefix}id:${entry.requestId}`, entry.key);
  }

  /** The pending payment under `key`, or `null`. */
  get(key: string): PendingPayment | null {
    return this.#read(key);
  }

  /** The pending payment with this requestId, or `null`. */
  find(requestId: string): PendingPayment | null {
    const key = this.#storage.getItem(`${this.#prefix}id:${requestId}`);
    const entry = key === null ? null : this.#read(key);
    return entry?.requestId === requestId ? entry : null;
  }

  /** The payment's requestId: the stored one, or a new one stored now. */
  requestIdFor(key: string, create: () => string = createRequestId): string {
    const existing = this.#read(key);
    if (existing) return existing.requestId;
    const entry: PendingPayment = { key, requestId: create(), createdAt: Date.now() };
    this.#write(entry);
    return entry.requestId;
  }

  /** Changes the entry with this requestId (no-op when there is none). */
  update(requestId: string, patch: Partial<Pick<PendingPayment, 'method' | 'transaction'>>): PendingPayment | null {
    const entry = this.find(requestId);
    if (!entry) return null;
    const next = { ...entry, ...patch };
    this.#write(next);
    return next;
  }

  /** Forgets the payment under `key` (once it has ended: paid, or given up). */
  clear(key: string): void {
    const entry = this.#read(key);
    this.#storage.removeItem(this.#prefix + key);
    if (entry) this.#storage.removeItem(`${this.#prefix}id:${entry.requestId}`);
  }
}
