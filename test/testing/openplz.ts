/**
 * Browser-test helpers for the local OpenPLZ API stand-in (test/servers/openplz.mjs), which the
 * test runner starts on 127.0.0.1 for every run (test/plugins/openplz.mjs). It answers
 * `GET /de/Streets` and `GET /de/Localities` like https://openplzapi.org (same JSON, paging
 * headers, CORS) from test/fixtures/openplz-streets.json: real streets of Augsburg (86150–86199),
 * Pullach i. Isartal (82049), Meitingen (86405), Kelheim (93309), Regensburg (93047, 93051) and
 * Aschaffenburg (63739, 63743), stored as OpenPLZ stores them ("Maximilianstr.").
 *
 * It is cross-origin to the test page (another port), as the real API is. Every test session
 * (one test file in one browser) has its own request log.
 *
 * ```ts
 * const lookup = new OpenPlzLookup({ baseUrl: await openPlzBaseUrl({ delay: 800 }) });
 * await resetOpenPlz();
 * // … type into the field …
 * const log = await waitForOpenPlzRequests((r) => r.some((e) => e.outcome === 'aborted'), 'an aborted request');
 * ```
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** How the stand-in answers the requests made under one base URL. All parts are optional. */
export interface OpenPlzScenario {
  /** Milliseconds to wait before answering (path `/delay/<ms>`). */
  readonly delay?: number;
  /**
   * Out-of-order answers (path `/slower-when-shorter/<msPerMissingChar>/<fullLength>`): a query
   * whose street name has n characters (without the `^` anchor and the escaping backslashes) with
   * n < fullLength waits (fullLength − n) × msPerMissingChar, so an earlier, shorter query
   * ("Maxi") answers after a later, longer one ("Maximilianstr"). Adds to `delay`.
   */
  readonly slowerWhenShorter?: { readonly msPerMissingChar: number; readonly fullLength: number };
  /**
   * A body that trickles in (path `/slow-body/<ms>`): status, headers and the body's first
   * character go out at once, the rest this many milliseconds later. The `fetch` resolves
   * (Firefox waits for that first character), reading the body waits.
   */
  readonly bodyDelay?: number;
  /**
   * What comes back once the wait is over. Default: the real answer.
   * - a number (400–599): that HTTP status with an RFC 9457 problem body, CORS headers present, so
   *   the page can read the status (path `/status/<code>`);
   * - `'maintenance'`: 503 with an HTML page and no CORS headers, as a proxy in front of the API
   *   sends; the browser reports a network error (path `/maintenance`);
   * - `'broken-json'`: 200 with the JSON cut off in the middle (path `/broken-json`);
   * - `'network-error'`: the connection is closed without an answer (path `/network-error`);
   *   browsers send the request again on a fresh connection before they give up (Chromium and
   *   WebKit at most once, Firefox up to about ten times), so expect several log entries;
   * - `'hang'`: no answer at all until the client gives up or aborts (path `/hang`).
   */
  readonly answer?: number | 'maintenance' | 'broken-json' | 'network-error' | 'hang';
}

/** One request the stand-in received, as its log records it. */
export interface OpenPlzRequest {
  /** Running number over the whole server run. */
  readonly id: number;
  /** `GET`, or `OPTIONS` for a CORS preflight. */
  readonly method: string;
  /** Path and query exactly as received, e.g. `/session/…/delay/800/de/Streets?name=%5EMaxi&…`. */
  readonly url: string;
  /** The scenario segments, e.g. `'delay/800'` (`''` for none; the session segment left out). */
  readonly scenario: string;
  /** The API path, e.g. `'de/Streets'`. */
  readonly endpoint: string;
  /** The decoded query parameters, e.g. `{ name: '^Maxi', postalCode: '86150', page: '1', pageSize: '10' }`. */
  readonly params: Readonly<Record<string, string>>;
  /** `Date.now()` when the request arrived. */
  readonly receivedAt: number;
  /** `Date.now()` when status and headers went out; `null` if they never did. */
  readonly headersSentAt: number | null;
  /** `Date.now()` when the exchange ended (answered, aborted or dropped); `null` while pending. */
  readonly endedAt: number | null;
  /** The HTTP status sent, `null` if none was. */
  readonly status: number | null;
  /**
   * - `'pending'`: still open (waiting for its delay, or hanging);
   * - `'answered'`: the whole answer was sent;
   * - `'aborted'`: the client went away before the whole answer was sent (an aborted `fetch`);
   * - `'dropped'`: the server closed the connection (`answer: 'network-error'`).
   */
  readonly outcome: 'pending' | 'answered' | 'aborted' | 'dropped';
}

let sessionBase: Promise<string> | undefined;

/**
 * The base URL to give a lookup (`new OpenPlzLookup({ baseUrl })`): the stand-in's origin, this
 * test session's log segment and the scenario's segments, without a trailing slash, e.g.
 * `http://127.0.0.1:40123/session/Xy12/delay/800`. The lookup appends `/de/Streets?…`.
 */
export async function openPlzBaseUrl(scenario: OpenPlzScenario = {}): Promise<string> {
  sessionBase ??= executeServerCommand<string, undefined>('bp-openplz-base');
  const segments: (string | number)[] = [];
  const ms = (value: number, what: string) => {
    if (!Number.isInteger(value) || value < 0) throw new Error(`openPlzBaseUrl: ${what} must be an integer ≥ 0`);
    return value;
  };
  if (scenario.delay !== undefined) segments.push('delay', ms(scenario.delay, 'delay'));
  if (scenario.slowerWhenShorter) {
    const { msPerMissingChar, fullLength } = scenario.slowerWhenShorter;
    segments.push('slower-when-shorter', ms(msPerMissingChar, 'msPerMissingChar'), ms(fullLength, 'fullLength'));
  }
  if (scenario.bodyDelay !== undefined) segments.push('slow-body', ms(scenario.bodyDelay, 'bodyDelay'));
  if (typeof scenario.answer === 'number') segments.push('status', scenario.answer);
  else if (scenario.answer !== undefined) segments.push(scenario.answer);
  const base = await sessionBase;
  return segments.length ? `${base}/${segments.join('/')}` : base;
}

/** This test session's request log, oldest first (preflights included). */
export function openPlzRequests(): Promise<OpenPlzRequest[]> {
  return executeServerCommand<OpenPlzRequest[], undefined>('bp-openplz-requests');
}

/** Empties this test session's request log (call it in `beforeEach`). */
export async function resetOpenPlz(): Promise<void> {
  await executeServerCommand<boolean, undefined>('bp-openplz-reset');
}

/**
 * Polls this session's log until `check` holds, and returns it; fails after `timeout` ms naming
 * `what`. The log changes on the server side: an aborted `fetch` shows up as `'aborted'` only once
 * the server has seen the connection close, a moment after the abort.
 */
export async function waitForOpenPlzRequests(
  check: (log: OpenPlzRequest[]) => boolean,
  what: string,
  timeout = 5000,
): Promise<OpenPlzRequest[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const log = await openPlzRequests();
    if (check(log)) return log;
    if (Date.now() > until) {
      const seen = log.map((r) => `${r.method} ${r.url} → ${r.outcome}`).join('\n  ') || '(none)';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}; OpenPLZ requests:\n  ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
