import { StatusTracker } from './status-tracker.js';

export { StatusTracker };
export { StatusChangeEvent, StatusResubmitEvent } from './events.js';

StatusTracker.define('bp-status-tracker');

declare global {
  interface HTMLElementTagNameMap {
    'bp-status-tracker': StatusTracker;
  }
}
