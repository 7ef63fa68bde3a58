/**
 * `@blaupause/domain/status/polling`: asks the portal's backend for a case's events every
 * `interval` ms (`GET url` → `{ "events": [ … ] }`, see CONTRACT.md). After an error it waits
 * longer each time (exponential backoff with jitter, {@link retryDelay}); while the page is
 * hidden it does not ask at all and asks at once when the page shows again; after a terminal
 * state it stops.
 */
import { parseStatusEvents } from './events.js';
import {
  abortController,
  documentVisibility,
  eventLog,
  globalTimers,
  isPermanentError,
  retryDelay,
  StatusSourceError,
  type FetchLike,
  type FetchResponseLike,
  type SourceOptions,
  type StatusSource,
  type StatusSourceState,
  type VisibilityLike,
} from './source.js';

export interface PollingOptions extends SourceOptions {
  /** The case's events, e.g. `/api/status` (the case named by the session cookie, never by its id in the URL: CONTRACT.md). */
  readonly url: string;
  /** Milliseconds between answers and the next request (default 30 000). */
  readonly interval?: number;
  /** The `fetch` to use (default the global one). */
  readonly fetch?: FetchLike;
  /** The page's visibility (default `document`'s; `null`: never pause). */
  readonly visibility?: VisibilityLike | null;
}

const globalFetch: FetchLike = (input, init) => (globalThis as unknown as { fetch: FetchLike }).fetch(input, init);

/** A source that polls a JSON endpoint. */
export function pollingSource(options: PollingOptions): StatusSource {
  const { url, interval = 30_000, timers = globalTimers, random = Math.random } = options;
  const fetch = options.fetch ?? globalFetch;
  return {
    subscribe(onEvents, onState = () => undefined) {
      const log = eventLog(onEvents, options.codes);
      const visibility = options.visibility === undefined ? documentVisibility() : options.visibility;
      let timer: unknown;
      let request: ReturnType<typeof abortController> | undefined;
      let attempt = 0;
      let paused = false;
      let done = false;
      const state = (phase: StatusSourceState['phase'], extra: Partial<StatusSourceState> = {}) =>
        onState({ phase, transport: 'polling', ...extra });

      const finish = (phase: 'ended' | 'failed', error?: unknown) => {
        done = true;
        stopWatching?.();
        state(phase, error === undefined ? {} : { error });
      };
      const schedule = (ms: number) => {
        if (visibility?.hidden) {
          paused = true;
          return state('paused');
        }
        timer = timers.setTimeout(() => {
          timer = undefined;
          void poll();
        }, ms);
      };

      async function ask(signal: ReturnType<typeof abortController>['signal']) {
        let response: FetchResponseLike;
        try {
          response = await fetch(url, { signal, headers: { accept: 'application/json' } });
        } catch (error) {
          throw new StatusSourceError('Status request failed: network error', 0, url, { cause: error });
        }
        if (!response.ok) {
          await response.text().catch(() => undefined);
          throw new StatusSourceError(`Status request failed: HTTP ${response.status}`, response.status, url);
        }
        try {
          return parseStatusEvents(await response.json());
        } catch (error) {
          throw new StatusSourceError('Status request failed: not a status answer', 0, url, { cause: error });
        }
      }

      async function poll() {
        if (done) return;
        request = abortController();
        const { signal } = request;
        try {
          const events = await ask(signal);
          if (signal.aborted) return;
          attempt = 0;
          if (log.add(events)) return finish('ended');
          state('live');
          schedule(interval);
        } catch (error) {
          if (signal.aborted || done) return;
          if (isPermanentError(error)) return finish('failed', error);
          attempt += 1;
          const delay = retryDelay(attempt, options.retry, random);
          state('retrying', { attempt, delay, error });
          schedule(delay);
        } finally {
          if (request?.signal === signal) request = undefined;
        }
      }

      const stopWatching = visibility?.onChange(() => {
        if (done) return;
        if (visibility.hidden) {
          if (timer === undefined) return; // a request is under way: it pauses when it ends
          timers.clearTimeout(timer);
          timer = undefined;
          paused = true;
          state('paused');
        } else if (paused) {
          paused = false;
          state('connecting');
          void poll();
        }
      });

      state('connecting');
      if (visibility?.hidden) {
        paused = true;
        state('paused');
      } else void poll();

      return () => {
        done = true;
        stopWatching?.();
        if (timer !== undefined) timers.clearTimeout(timer);
        request?.abort();
      };
    },
  };
}
