import { html, nothing, type TemplateResult } from 'lit';
import {
  PaymentProviderError,
  PaymentRequestError,
  type FeeItem,
  type PaymentItem,
  type PaymentProvider,
  type PaymentRequest,
  type PaymentStatus,
} from '@blaupause/domain/payment';
import { clampHeadingLevel, heading } from '../core/heading.js';
import type { Localize } from '../core/localize.js';
import type { Politeness } from '../core/announcer.js';

/**
 * The provider part of `bp-payment-step`, loaded on the first pay or on the return from the
 * provider: starting the payment through a `PaymentProvider`, asking it for the status, and the
 * result view. Nothing here reads the return URL: the status is always the provider's answer.
 */
export { translations } from './flow.strings.js';

/**
 * What the step shows after asking the provider: its status, or `unavailable` (no answer: ask
 * again later) or `unknown` (the payment was started but its transaction is not known here).
 */
export type ResultState =
  | { readonly status: PaymentStatus; readonly transactionReference: string | null }
  | { readonly status: 'unavailable' | 'unknown' };

/** How a start ended. */
export type StartOutcome =
  | { readonly kind: 'redirect'; readonly url: string }
  /** The provider had this requestId already and its page is not known here: ask for the status. */
  | { readonly kind: 'started' }
  | { readonly kind: 'failed'; readonly reason: 'unavailable' | 'rejected' };

/** Starts the payment; never rejects. */
export async function startPayment(provider: PaymentProvider, request: PaymentRequest): Promise<StartOutcome> {
  try {
    const started = await provider.start(request);
    if (started.redirectUrl) return { kind: 'redirect', url: started.redirectUrl };
    return { kind: 'started' };
  } catch (error) {
    if (error instanceof PaymentProviderError && (error.code === 'unavailable' || error.code === 'bad-answer')) {
      console.warn(`[Blaupause] <bp-payment-step>: ${error.message}`);
      return { kind: 'failed', reason: 'unavailable' };
    }
    // A request the provider refuses (VALIDATION_ERROR, CALCULATION_ERROR, field limits): the
    // portal's data is wrong, a developer error; the user is told to contact the authority.
    const message = error instanceof PaymentRequestError || error instanceof Error ? error.message : String(error);
    console.error(`[Blaupause] <bp-payment-step>: the payment was refused: ${message}`);
    return { kind: 'failed', reason: 'rejected' };
  }
}

/** Asks the provider for the status; never rejects. */
export async function queryStatus(provider: PaymentProvider, requestId: string): Promise<ResultState> {
  try {
    const { status, transactionReference } = await provider.status(requestId);
    return { status, transactionReference };
  } catch (error) {
    if (error instanceof PaymentProviderError && error.code === 'unknown-payment') {
      console.error(`[Blaupause] <bp-payment-step>: ${error.message}`);
      return { status: 'unknown' };
    }
    console.warn(`[Blaupause] <bp-payment-step>: the status could not be asked: ${(error as Error)?.message}`);
    return { status: 'unavailable' };
  }
}

const label = (item: FeeItem, t: Localize) =>
  item.label?.trim() ? item.label.trim() : t.term(`payment.fee.${item.kind}`);

/** What the provider shows as the description: the items' names (≤ 250 characters). */
export function describe(items: readonly FeeItem[], t: Localize): string {
  return t.list(items.map((item) => label(item, t))).slice(0, 250);
}

/**
 * The positions sent to the provider, adding up to the total. XBezahldienste takes no negative
 * amounts, so an Ermäßigung is taken off the positions before it (Gebühr first), then off the USt;
 * a position it reduces says so in its description. USt goes as the tax of its own position.
 */
export function providerItems(items: readonly FeeItem[], t: Localize): PaymentItem[] {
  let discount = items.filter((i) => i.kind === 'ermaessigung').reduce((s, i) => s + i.cents, 0);
  const reduction = discount > 0 ? t.term('payment.fee.ermaessigung') : '';
  const positions = items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.kind !== 'ermaessigung')
    .sort((a, b) => Number(a.item.kind === 'ust') - Number(b.item.kind === 'ust'));
  return positions.map(({ item, index }) => {
    const taken = Math.min(discount, item.cents);
    discount -= taken;
    const cents = item.cents - taken;
    const description = (taken ? `${label(item, t)} (− ${reduction})` : label(item, t)).slice(0, 250);
    const id = `${item.kind}-${index + 1}`;
    return item.kind === 'ust'
      ? { id, description, netCents: 0, taxCents: cents }
      : { id, description, netCents: cents };
  });
}

/** The message under the pay button after a start that failed. */
export function startErrorText(reason: 'unavailable' | 'rejected', t: Localize, payee: string): string {
  return t.term(`payment.start.${reason}`, { payee });
}

/** What a screen reader hears with the result: politely, assertively when it failed or is not known. */
export function resultAnnouncement(
  result: ResultState,
  t: Localize,
  ctx: { readonly payee: string; readonly amount: string },
): { text: string; politeness: Politeness } {
  const text = `${t.term(`payment.result.${result.status}`)}. ${t.term(`payment.result-text.${result.status}`, ctx)}`;
  const failed = result.status === 'FAILED' || result.status === 'unavailable' || result.status === 'unknown';
  return { text: text.replace(/\s+/g, ' '), politeness: failed ? 'assertive' : 'polite' };
}

export interface ResultContext {
  readonly level: number;
  readonly payee: string;
  readonly amount: string;
  /** The provider's page while the payment is open, else `null`. */
  readonly resumeUrl: string | null;
}

/** The result box: heading (focused by the step), what it means, and what the user can do next. */
export function renderResult(result: ResultState, t: Localize, ctx: ResultContext): TemplateResult {
  const status = result.status;
  const reference = 'transactionReference' in result ? result.transactionReference : null;
  const again = status === 'CANCELED' || status === 'FAILED';
  const refresh = status === 'INITIAL' || status === 'unavailable';
  const title = t.term(`payment.result.${status}`);
  return html`<div part="result" class=${`result ${status}`} data-status=${status}>
    ${heading(clampHeadingLevel(ctx.level, 2), title, { part: 'result-heading', class: 'result-heading', id: 'result-heading' })}
    <p>${t.term(`payment.result-text.${status}`, { payee: ctx.payee, amount: ctx.amount })}</p>
    ${reference ? html`<p>${t.term('payment.result.reference', { reference })}</p>` : nothing}
    ${
      again || refresh
        ? html`<div class="actions">
            ${again ? html`<button type="button" class="pay" data-action="retry">${t.term('payment.retry')}</button>` : nothing}
            ${refresh ? html`<button type="button" class="secondary" data-action="refresh">${t.term('payment.refresh')}</button>` : nothing}
            ${
              status === 'INITIAL' && ctx.resumeUrl
                ? html`<a class="secondary" href=${ctx.resumeUrl}>${t.term('payment.resume')}</a>`
                : nothing
            }
          </div>`
        : nothing
    }
  </div>`;
}
