/**
 * `StatusSource`: where a status display gets its events from, live. Sources ship as their own
 * modules so a page loads only the one it uses: `@blaupause/domain/status/polling`
 * (`pollingSource`) and `@blaupause/domain/status/sse` (`sseSource`, which falls back to polling).
 * A portal can write its own: anything with this `subscribe` is a source.
 */
import type { AbortSignalLike } from '../address/lookup.js';
import { defaultStatusCodes, isTerminalStatus, type StatusCodes } from './codes.js';
import { mergeEvents, type StatusEvent } from './events.js';

export type { AbortSignalLike, FetchLike, FetchResponseLike } from '../address/lookup.js';

/**
 * Where a subscription stands:
 * - `connecting`: asking (the first time, or again after a pause);
 * - `live`: the last request or the stream worked; updates arrive;
 * - `retrying`: the last attempt failed (`error`); the next follows in `delay` ms (attempt
 *   `attempt`). A browser's own EventSource reconnect has no `delay`;
 * - `paused`: polling waits while the page is hidden;
 * - `ended`: a terminal state arrived; nothing more is asked;
 * - `failed`: the server refused for good (HTTP 4xx other than 408 and 429; `error`).
 */
export interface StatusSourceState {
  readonly phase: 'connecting' | 'live' | 'retrying' | 'paused' | 'ended' | 'failed';
  readonly transport: 'polling' | 'sse';
  readonly attempt?: number;
  readonly delay?: number;
  readonly error?: unknown;
}

/** Receives all events so far, merged (once each, oldest first), each time new ones arrive. */
export type StatusEventsListener = (events: readonly StatusEvent[]) => void;
/** Receives each change of a subscription's state. */
export type StatusStateListener = (state: StatusSourceState) => void;

/** A live source of one case's events. */
export interface StatusSource {
  /**
   * Starts asking, and returns the function that stops it (and closes any connection). Every
   * subscription asks on its own.
   */
  subscribe(onEvents: StatusEventsListener, onState?: StatusStateListener): () => void;
}

/** Timers as sources use them (the global ones by default; tests pass their own). */
export interface TimersLike {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Whether the page is hidden, and a way to hear when that changes. */
export interface VisibilityLike {
  readonly hidden: boolean;
  /** Calls `listener` on every change; returns the function that stops it. */
  onChange(listener: () => void): () => void;
}

/** Options every source takes. */
export interface SourceOptions {
  /** Which codes end the case (default Blaupause's). */
  readonly codes?: StatusCodes;
  /** Backoff after errors: the first delay (ms, default 1000) and the longest (default 300 000). */
  readonly retry?: { readonly base?: number; readonly max?: number };
  readonly timers?: TimersLike;
  /** A number in [0, 1) for the jitter (default `Math.random`). */
  readonly random?: () => number;
}

/** A request of a source failed: HTTP status (0 for a network error or an unreadable answer). */
export class StatusSourceError extends Error {
  override readonly name = 'StatusSourceError';
  constructor(
    message: string,
    readonly status: number,
    readonly url: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Whether an error means asking again is pointless: HTTP 4xx other than 408 (timeout) and 429 (too many). */
export const isPermanentError = (error: unknown): boolean =>
  error instanceof StatusSourceError && error.status >= 400 && error.status < 500 && ![408, 429].includes(error.status);

/**
 * The wait before retry number `attempt` (1, 2, …): exponential backoff with "equal jitter",
 * a random point in the upper half of `base · 2^(attempt−1)`, capped at `max`. Many pages
 * retrying after one outage so spread out instead of arriving together.
 */
export function retryDelay(
  attempt: number,
  { base = 1000, max = 300_000 }: { base?: number; max?: number } = {},
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(max, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export const globalTimers: TimersLike = {
  setTimeout: (callback, ms) =>
    (globalThis as unknown as { setTimeout: (f: () => void, ms: number) => unknown }).setTimeout(callback, ms),
  clearTimeout: (handle) => (globalThis as unknown as { clearTimeout: (h: unknown) => void }).clearTimeout(handle),
};

interface DocumentLike {
  readonly hidden: boolean;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** The page's visibility (`document.hidden`), or `null` outside browsers. */
export function documentVisibility(): VisibilityLike | null {
  const doc = (globalThis as unknown as { document?: DocumentLike }).document;
  if (!doc) return null;
  return {
    get hidden() {
      return doc.hidden;
    },
    onChange(listener) {
      doc.addEventListener('visibilitychange', listener);
      return () => doc.removeEventListener('visibilitychange', listener);
    },
  };
}

/** An `AbortController` (a global in browsers and Node; not in the ES library the domain builds with). */
export const abortController = (): { readonly signal: AbortSignalLike; abort(): void } =>
  new (
    globalThis as unknown as { AbortController: new () => { signal: AbortSignalLike; abort(): void } }
  ).AbortController();

/**
 * A subscription's events: merges what arrives, tells the listener when something new came,
 * and whether the case has ended.
 */
export function eventLog(onEvents: StatusEventsListener, codes: StatusCodes = defaultStatusCodes) {
  let events: readonly StatusEvent[] = [];
  return {
    get events() {
      return events;
    },
    /** Adds events; `true` when the case has reached a terminal state. */
    add(batch: readonly StatusEvent[]): boolean {
      const merged = mergeEvents(events, batch);
      if (merged.length > events.length) {
        events = merged;
        onEvents(events);
      }
      const last = events.at(-1);
      return last !== undefined && isTerminalStatus(last.code, codes);
    },
  };
}
