import type { StatusEvent } from '@blaupause/domain/status';

/**
 * Fired on a `bp-status-tracker` when its current state changes to another code after the first
 * display (the change that is also announced, "Neuer Status: …"): once per new state, never for
 * the same events again, an older event arriving late or a newer event with the same code.
 */
export class StatusChangeEvent extends Event {
  static readonly type = 'bp-status-change';

  /** The event that is now the current state. */
  readonly status: StatusEvent;

  constructor(status: StatusEvent) {
    super(StatusChangeEvent.type, { bubbles: true });
    this.status = status;
  }
}

/**
 * Fired on a `bp-status-tracker` when the citizen asks to send the application again after a
 * technical rejection ("Antrag erneut senden"). The portal resubmits (as a new case).
 */
export class StatusResubmitEvent extends Event {
  static readonly type = 'bp-status-resubmit';

  /** The rejection (its `data` may hold the reason or FIT-Connect's `problems`). */
  readonly status: StatusEvent;

  constructor(status: StatusEvent) {
    super(StatusResubmitEvent.type, { bubbles: true });
    this.status = status;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bp-status-change': StatusChangeEvent;
    'bp-status-resubmit': StatusResubmitEvent;
  }
}
