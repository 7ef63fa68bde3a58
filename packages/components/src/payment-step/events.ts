import type { PaymentStatus } from '@blaupause/domain/payment';

/**
 * Fired on `bp-payment-step` once per activation of the pay button that starts a payment: before
 * the redirect to the provider (provider methods), or before the form is submitted (SEPA direct
 * debit, bank transfer, pay at the counter). A retry after a provider that could not be reached
 * fires it again with the same `requestId`.
 */
export class PaymentStartEvent extends Event {
  static readonly type = 'bp-payment-start';

  constructor(
    /** The payment's id, created once per payment and sent again on every retry of a start. */
    readonly requestId: string,
    /** The chosen method's id (`creditcard`, `paypal`, `wero`, `sepa`, `transfer`, `counter`, …). */
    readonly method: string,
  ) {
    super(PaymentStartEvent.type, { bubbles: true });
  }
}

/**
 * Fired on `bp-payment-step` when the provider answered a status query after the user came back
 * (or on a reload, or on "Stand erneut abfragen"). The status is the provider's answer, never a
 * parameter of the return URL.
 */
export class PaymentResultEvent extends Event {
  static readonly type = 'bp-payment-result';

  constructor(
    readonly status: PaymentStatus,
    /** The cash office's reference (e.g. a Kassenzeichen) once the provider has one, else `null`. */
    readonly transactionReference: string | null,
  ) {
    super(PaymentResultEvent.type, { bubbles: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bp-payment-start': PaymentStartEvent;
    'bp-payment-result': PaymentResultEvent;
  }
}
