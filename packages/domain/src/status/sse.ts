/**
 * `@blaupause/domain/status/sse`: a case's events as Server-Sent Events (see CONTRACT.md), with
 * polling as the fallback.
 *
 * Why the browser's own `EventSource` and not SSE parsed from a `fetch` stream: it is already in
 * every browser (no parser to ship within the component's 10 KB), it reconnects by itself after a
 * dropped connection, sending the id of the last event it received as the `Last-Event-ID`
 * header, and it honours the server's `retry:`. It gives up for good, though, when the server
 * answers with an error status or a wrong content type, and it cannot set headers. When it gives
 * up, this source opens a new `EventSource` itself after a backoff; a new `EventSource` does not
 * send `Last-Event-ID`, so the id goes into the URL as the query parameter `lastEventId` (a
 * custom header would need a CORS preflight, and EventSource cannot send one anyway). The server
 * takes the header when both are present: the header is the newer one after the browser's own
 * reconnects of that connection. After `fallbackAfter` connections in a row that never opened,
 * or when the browser has no `EventSource`, the source polls `polling.url` instead.
 *
 * Unlike polling, a stream stays open while the page is hidden: it costs the server a connection,
 * not requests.
 */
import { parseStatusEvent } from './events.js';
import { pollingSource, type PollingOptions } from './polling.js';
import {
  eventLog,
  globalTimers,
  retryDelay,
  type SourceOptions,
  type StatusSource,
  type StatusSourceState,
} from './source.js';

/** The parts of a `MessageEvent` of an `EventSource` read here. */
export interface SseMessageLike {
  readonly data: unknown;
  readonly lastEventId: string;
}

/** The parts of an `EventSource` used here (the browser's is one). */
export interface EventSourceLike {
  readonly readyState: number;
  close(): void;
  addEventListener(type: 'open' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: SseMessageLike) => void): void;
}

export type EventSourceConstructorLike = new (url: string, init?: { withCredentials?: boolean }) => EventSourceLike;

/** `EventSource.CLOSED`: the browser will not reconnect on its own. */
const CLOSED = 2;

export interface SseOptions extends SourceOptions {
  /** The case's event stream (`text/event-stream`). */
  readonly url: string;
  /** Send cookies cross-origin (`new EventSource(url, { withCredentials })`). */
  readonly withCredentials?: boolean;
  /** Polling to fall back to; without it the source keeps trying the stream. */
  readonly polling?: PollingOptions;
  /** Connections in a row that never open before falling back to polling (default 3). */
  readonly fallbackAfter?: number;
  /** The `EventSource` to use (default the global one). */
  readonly EventSource?: EventSourceConstructorLike;
}

/** The URL of a reconnect: `lastEventId` set as a query parameter, other parameters kept. */
export function resumeUrl(url: string, lastEventId: string): string {
  const [base = '', hash] = url.split('#', 2);
  const cleaned = base.replace(/([?&])lastEventId=[^&]*(&|$)/, (_, start: string, end: string) => (end ? start : ''));
  const joined = `${cleaned}${cleaned.includes('?') ? (/[?&]$/.test(cleaned) ? '' : '&') : '?'}lastEventId=${encodeURIComponent(lastEventId)}`;
  return hash === undefined ? joined : `${joined}#${hash}`;
}

/** A source that listens to a Server-Sent Events stream and polls when the stream fails. */
export function sseSource(options: SseOptions): StatusSource {
  const { timers = globalTimers, random = Math.random, fallbackAfter = 3 } = options;
  return {
    subscribe(onEvents, onState = () => undefined) {
      const log = eventLog(onEvents, options.codes);
      const Source =
        options.EventSource ?? (globalThis as unknown as { EventSource?: EventSourceConstructorLike }).EventSource;
      let stream: EventSourceLike | undefined;
      let timer: unknown;
      let fallback: (() => void) | undefined;
      let lastEventId = '';
      let failures = 0;
      let done = false;
      const state = (phase: StatusSourceState['phase'], extra: Partial<StatusSourceState> = {}) =>
        onState({ phase, transport: 'sse', ...extra });

      const end = () => {
        done = true;
        stream?.close();
        state('ended');
      };

      const poll = () => {
        stream?.close();
        stream = undefined;
        fallback = pollingSource({ ...options, ...options.polling! }).subscribe(
          (events) => void log.add(events),
          onState,
        );
      };

      const connect = () => {
        if (!Source) return options.polling ? poll() : state('failed', { error: new Error('No EventSource') });
        state('connecting');
        const es = new Source(lastEventId ? resumeUrl(options.url, lastEventId) : options.url, {
          withCredentials: options.withCredentials ?? false,
        });
        stream = es;
        let opened = false;
        es.addEventListener('open', () => {
          opened = true;
          failures = 0;
          state('live');
        });
        es.addEventListener('message', (message) => {
          if (done || stream !== es) return;
          if (message.lastEventId) lastEventId = message.lastEventId;
          let event;
          try {
            event = parseStatusEvent(JSON.parse(String(message.data)));
          } catch {
            return; // not JSON: left out, as a malformed event is
          }
          if (event && log.add([event])) end();
        });
        es.addEventListener('error', () => {
          if (done || stream !== es) return;
          if (!opened) failures += 1;
          opened = false;
          if (options.polling && failures >= fallbackAfter) return poll();
          if (es.readyState !== CLOSED) return state('retrying', { attempt: failures }); // the browser reconnects
          es.close();
          const delay = retryDelay(Math.max(1, failures), options.retry, random);
          state('retrying', { attempt: failures, delay });
          timer = timers.setTimeout(connect, delay);
        });
      };

      connect();
      return () => {
        done = true;
        stream?.close();
        if (timer !== undefined) timers.clearTimeout(timer);
        fallback?.();
      };
    },
  };
}
