/**
 * Fired on a `bp-notice` before it hides itself because the user (or `dismiss()`) dismissed it.
 * Cancel it (`preventDefault()`) to keep the notice, e.g. to hide it yourself with an animation
 * or to remember the choice first.
 */
export class BpDismissEvent extends Event {
  static readonly eventName = 'bp-dismiss';

  /** `user`: the close button; `script`: a call to `dismiss()`. */
  readonly trigger: 'user' | 'script';

  constructor(trigger: 'user' | 'script') {
    super(BpDismissEvent.eventName, { bubbles: true, cancelable: true });
    this.trigger = trigger;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bp-dismiss': BpDismissEvent;
  }
}
