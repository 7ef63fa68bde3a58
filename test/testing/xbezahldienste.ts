/**
 * Browser-test helpers for the local XBezahldienste sandbox (test/servers/xbezahldienste.mjs),
 * which the test runner starts on 127.0.0.1 for every run (test/plugins/xbezahldienste.mjs). It
 * takes `POST /paymenttransaction/{originatorId}/{endPointId}`, answers `GET …/{transactionId}`,
 * validates requests as a provider does (field limits, sums, `PAYMENT_EXISTS` for a requestId
 * sent before), and hosts a payment page that ends a payment and sends the browser back.
 *
 * It is cross-origin to the test page (another port). Every test session (one test file in one
 * browser) has its own request log and mode.
 *
 * ```ts
 * const provider = new XBezahldiensteProvider({ baseUrl: await xbezahldiensteBaseUrl(), originatorId: 'bp-test', endPointId: '09761000' });
 * const { redirectUrl } = await provider.start(request);
 * const back = await completePayment(redirectUrl!, 'PAYED'); // the browser lands on request.redirectUrl
 * expect((await provider.status(request.requestId)).status).to.equal('PAYED');
 * ```
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** How the sandbox answers interface calls (not the payment page) of this session. */
export type XBezahldiensteMode = 'up' | 'down' | 'error-500' | 'network-error' | 'broken-json' | 'down-after-create';

/** One request the sandbox received. */
export interface XBezahldiensteRequest {
  readonly id: number;
  /** `POST`, `GET`, or `OPTIONS` for a CORS preflight. */
  readonly method: string;
  readonly url: string;
  /** The path after the session segment, e.g. `paymenttransaction/bp-test/09761000`. */
  readonly endpoint: string;
  readonly mode: XBezahldiensteMode;
  /** The requestId sent (POST) or of the transaction asked for (GET, payment page). */
  readonly requestId: string | null;
  readonly transactionId: string | null;
  /** The parsed JSON body of a POST (or `{ outcome }` of the payment page's form). */
  readonly body: unknown;
  /** HTTP status sent, `null` if none was (dropped, or still open). */
  readonly status: number | null;
  /** The functionalCode of an error answer. */
  readonly functionalCode: string | null;
  /** Where the payment page sent the browser (its 303). */
  readonly location: string | null;
  readonly outcome: 'pending' | 'answered' | 'aborted' | 'dropped';
}

/** A payment the sandbox holds. */
export interface XBezahldienstePayment {
  readonly transactionId: string;
  readonly requestId: string;
  readonly purpose: string;
  readonly originatorId: string;
  readonly endPointId: string;
  readonly cents: number;
  readonly status: 'INITIAL' | 'PAYED' | 'CANCELED' | 'FAILED';
  readonly transactionReference: string | null;
}

let sessionBase: Promise<string> | undefined;

/** The base URL for the adapter (`new XBezahldiensteProvider({ baseUrl })`), without a trailing slash. */
export function xbezahldiensteBaseUrl(): Promise<string> {
  sessionBase ??= executeServerCommand<string, undefined>('bp-xbezahldienste-base');
  return sessionBase;
}

/** This session's request log, oldest first (preflights included). */
export function xbezahldiensteRequests(): Promise<XBezahldiensteRequest[]> {
  return executeServerCommand<XBezahldiensteRequest[], undefined>('bp-xbezahldienste-requests');
}

/** The payments created under this session's base URL. */
export function xbezahldienstePayments(): Promise<XBezahldienstePayment[]> {
  return executeServerCommand<XBezahldienstePayment[], undefined>('bp-xbezahldienste-payments');
}

/** Sets how the sandbox answers this session's interface calls. */
export async function setXBezahldiensteMode(mode: XBezahldiensteMode): Promise<void> {
  await executeServerCommand<boolean, { mode: XBezahldiensteMode }>('bp-xbezahldienste-mode', { mode });
}

/** Empties this session's request log, forgets its payments and sets the mode back to `'up'` (call it in `beforeEach`). */
export async function resetXBezahldienste(): Promise<void> {
  await executeServerCommand<boolean, undefined>('bp-xbezahldienste-reset');
}

/**
 * What a user does on the provider's page, in a real browsing context: opens `paypageUrl` in an
 * iframe, then submits the page's own form (method POST to the page's URL, the button's
 * `outcome`) into that frame, as the page's button does. The sandbox ends the payment and
 * answers 303 to the request's redirectUrl; resolves with the URL the frame lands on once it is
 * back on this origin. The frame is removed afterwards.
 */
export async function completePayment(
  paypageUrl: string,
  outcome: 'PAYED' | 'CANCELED' | 'FAILED',
  timeout = 5000,
): Promise<string> {
  const frame = document.createElement('iframe');
  frame.name = `bp-paypage-${Math.random().toString(36).slice(2)}`;
  document.body.append(frame);
  const nextLoad = () =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`completePayment: no page loaded within ${timeout} ms`)),
        timeout,
      );
      frame.addEventListener(
        'load',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });
  try {
    const shown = nextLoad();
    frame.src = paypageUrl;
    await shown;
    const form = document.createElement('form');
    form.method = 'post';
    form.action = paypageUrl;
    form.target = frame.name;
    const field = document.createElement('input');
    field.type = 'hidden';
    field.name = 'outcome';
    field.value = outcome;
    form.append(field);
    document.body.append(form);
    const back = nextLoad();
    form.submit();
    form.remove();
    await back;
    // Same origin again: the frame's location is readable (it throws while cross-origin).
    return frame.contentWindow!.location.href;
  } finally {
    frame.remove();
  }
}
