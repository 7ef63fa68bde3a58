/**
 * Fired on a `bp-notice` before it hides itself because the user (or `dismiss()`) dismissed it.
 * Cancel it (`preventDefault()`) to keep the notice, e.g. to hide it yourself with an animation
 * or to remember the choice first.
 */
export class NoticeDismissEvent extends Event {
  static readonly type = 'bp-notice-dismiss';

  /** `user`: the close button; `script`: a call to `dismiss()`. */
  readonly trigger: 'user' | 'script';

  constructor(trigger: 'user' | 'script') {
    super(NoticeDismissEvent.type, { bubbles: true, cancelable: true });
    this.trigger = trigger;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bp-notice-dismiss': NoticeDismissEvent;
  }
}
