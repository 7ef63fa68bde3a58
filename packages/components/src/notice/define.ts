import { Notice } from './notice.js';

export { Notice };
export { NoticeDismissEvent } from './events.js';
export type { NoticeVariant } from './notice.js';

Notice.define('bp-notice');

declare global {
  interface HTMLElementTagNameMap {
    'bp-notice': Notice;
  }
}
