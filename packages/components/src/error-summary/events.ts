import type { ErrorSummaryEntry } from './error-summary.js';

/**
 * Fired on `bp-error-summary` when the user follows one of its links, before focus moves. Cancel
 * it to move focus yourself. To reach a field on another step of a multi-step form, either give
 * the summary a `navigate` callback, or show the step in a listener of this event: the summary
 * focuses the field after the listener (and a returned `waitUntil` promise) has run.
 */
export class ErrorSummaryNavigateEvent extends Event {
  static readonly type = 'bp-error-summary-navigate';
  #waits: Promise<unknown>[] = [];

  constructor(readonly entry: ErrorSummaryEntry) {
    super(ErrorSummaryNavigateEvent.type, { bubbles: true, cancelable: true });
  }

  /** Delays focusing the field until `promise` settles (e.g. a step that renders asynchronously). */
  waitUntil(promise: Promise<unknown>): void {
    this.#waits.push(promise);
  }

  /** @internal */
  settled(): Promise<unknown> {
    return Promise.allSettled(this.#waits);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bp-error-summary-navigate': ErrorSummaryNavigateEvent;
  }
}
