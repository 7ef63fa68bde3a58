/**
 * Browser-test helpers for the local status backend (test/servers/status.mjs), which the test
 * runner starts on 127.0.0.1 for every run (test/plugins/status.mjs). It serves one case's eight
 * events ({@link statusScript}) by polling (`…/events`) and as Server-Sent Events (`…/stream`),
 * cross-origin to the test page, with scenarios that break the delivery on purpose.
 *
 * ```ts
 * const { poll, stream } = await statusUrls('case-a', { drop: true });
 * const source = sseSource({ url: stream, polling: { url: poll, interval: 20 } });
 * ```
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { StatusEvent } from '../../packages/domain/src/status/events.js';
import type { StatusSource, StatusSourceState } from '../../packages/domain/src/status/source.js';

/** The case's events in time order: what every scenario must end in (the server's `SCRIPT`). */
export function statusScript(): Promise<StatusEvent[]> {
  return executeServerCommand<StatusEvent[], undefined>('bp-status-script');
}

/** How the backend delivers one case. All parts are optional. */
export interface StatusScenario {
  /** Events in another order than their times; the terminal one still last (`/out-of-order`). */
  readonly outOfOrder?: boolean;
  /** The third event delivered twice in a row (`/duplicate`). */
  readonly duplicate?: boolean;
  /**
   * The connection closed mid-way (`/drop`): polling's second answer stops in the middle of its
   * body; the first stream sends four events and half of the fifth.
   */
  readonly drop?: boolean;
  /** The case's first n requests to each endpoint answer HTTP 500 (`/fail/<n>`). */
  readonly fail?: number;
  /** The case's requests number `from` to `from + count − 1` to each endpoint answer HTTP 500 (`/fail-at/<from>/<count>`). */
  readonly failAt?: { readonly from: number; readonly count: number };
  /** Milliseconds between stream events (`/gap/<ms>`, default 20). */
  readonly gap?: number;
  /** The stream's `retry:` in ms (`/retry/<ms>`, default 50). */
  readonly retry?: number;
}

/** One request the backend received, as its log records it. */
export interface StatusRequest {
  readonly id: number;
  /** `unknown`: a path the backend does not serve (answered 404). */
  readonly kind: 'poll' | 'stream' | 'preflight' | 'unknown';
  readonly caseId: string;
  /** The scenario segments, e.g. `'fail/2/drop'`. */
  readonly scenario: string;
  /** Path and query as received. */
  readonly url: string;
  /** The `Last-Event-ID` header (a browser's own reconnect), or `null`. */
  readonly lastEventId: string | null;
  /** The `lastEventId` query parameter (a reconnect by the source), or `null`. */
  readonly lastEventIdParam: string | null;
  readonly status: number | null;
  /** The ids of the events sent, in the order sent (a body cut off sends none). */
  readonly sent: readonly string[];
  /**
   * `pending` (open), `answered`, `aborted` (the client went away: how a stream ends when the
   * source closes it) or `dropped` (the server closed the connection).
   */
  readonly outcome: 'pending' | 'answered' | 'aborted' | 'dropped';
}

let sessionBase: Promise<string> | undefined;

/** The polling and stream URLs of a case under a scenario. */
export async function statusUrls(
  caseId: string,
  scenario: StatusScenario = {},
): Promise<{ readonly poll: string; readonly stream: string }> {
  sessionBase ??= executeServerCommand<string, undefined>('bp-status-base');
  const segments: (string | number)[] = ['case', encodeURIComponent(caseId)];
  if (scenario.outOfOrder && scenario.duplicate) throw new Error('statusUrls: outOfOrder or duplicate, not both');
  if (scenario.outOfOrder) segments.push('out-of-order');
  if (scenario.duplicate) segments.push('duplicate');
  if (scenario.drop) segments.push('drop');
  if (scenario.failAt) segments.push('fail-at', scenario.failAt.from, scenario.failAt.count);
  for (const name of ['fail', 'gap', 'retry'] as const) {
    const value = scenario[name];
    if (value === undefined) continue;
    if (!Number.isInteger(value) || value < 0) throw new Error(`statusUrls: ${name} must be an integer ≥ 0`);
    segments.push(name, value);
  }
  const base = `${await sessionBase}/${segments.join('/')}`;
  return { poll: `${base}/events`, stream: `${base}/stream` };
}

/** This test session's request log, oldest first. */
export function statusRequests(): Promise<StatusRequest[]> {
  return executeServerCommand<StatusRequest[], undefined>('bp-status-requests');
}

/** Empties this test session's request log and case counters (call it in `beforeEach`). */
export async function resetStatusServer(): Promise<void> {
  await executeServerCommand<boolean, undefined>('bp-status-reset');
}

/** Polls this session's log until `check` holds, and returns it; fails after `timeout` ms naming `what`. */
export async function waitForStatusRequests(
  check: (log: StatusRequest[]) => boolean,
  what: string,
  timeout = 5000,
): Promise<StatusRequest[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const log = await statusRequests();
    if (check(log)) return log;
    if (Date.now() > until) {
      const seen =
        log.map((r) => `${r.kind} ${r.url} → ${r.status ?? '-'} ${r.outcome} [${r.sent.join(',')}]`).join('\n  ') ||
        '(none)';
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}; status requests:\n  ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What a subscription went through until it ended. */
export interface Followed {
  /** The last list of events the source gave. */
  readonly events: readonly StatusEvent[];
  /** Every list it gave, in order. */
  readonly emissions: readonly (readonly StatusEvent[])[];
  /** Every state it reported, in order. */
  readonly states: readonly StatusSourceState[];
}

/**
 * Subscribes to `source` until it reports `until` (default `ended`), then unsubscribes; fails
 * after `timeout` ms with what it saw.
 */
export function followSource(
  source: StatusSource,
  { until = 'ended', timeout = 8000 }: { until?: StatusSourceState['phase']; timeout?: number } = {},
): Promise<Followed> {
  const emissions: (readonly StatusEvent[])[] = [];
  const states: StatusSourceState[] = [];
  return new Promise((resolve, reject) => {
    let finished = false;
    const timer = setTimeout(() => {
      stop();
      const seen = states.map((s) => `${s.transport}:${s.phase}`).join(' → ');
      const got = (emissions.at(-1) ?? []).map((e) => e.id).join(',');
      reject(new Error(`Timed out after ${timeout} ms waiting for "${until}"; states: ${seen}; events: ${got}`));
    }, timeout);
    // Used only later (in the timer, and in a microtask after a state): defined by then.
    const stop = source.subscribe(
      (events) => emissions.push(events),
      (state) => {
        states.push(state);
        if (state.phase !== until || finished) return;
        finished = true;
        clearTimeout(timer);
        // Subscribe may report synchronously, before it has returned the stop function.
        queueMicrotask(() => {
          stop();
          resolve({ events: emissions.at(-1) ?? [], emissions, states });
        });
      },
    );
  });
}
