import { ErrorSummary } from './error-summary.js';

export { ErrorSummary };
export type { ErrorSummaryEntry, ErrorSummaryHeadingLevel } from './error-summary.js';
export { ErrorSummaryNavigateEvent } from './events.js';

ErrorSummary.define('bp-error-summary');

declare global {
  interface HTMLElementTagNameMap {
    'bp-error-summary': ErrorSummary;
  }
}
