import { ErrorSummary } from './error-summary.js';

ErrorSummary.define('bp-error-summary');

declare global {
  interface HTMLElementTagNameMap {
    'bp-error-summary': ErrorSummary;
  }
}
