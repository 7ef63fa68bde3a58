/**
 * `@blaupause/domain/status`: an application's status after submission, without the DOM, for
 * `bp-status-tracker` and for a portal's server. The vocabulary's rules (./codes.ts) and texts
 * (./messages.ts) are separate modules, and the live sources ship as their own entry points so a
 * page loads only the one it uses: `@blaupause/domain/status/polling`,
 * `@blaupause/domain/status/sse`. What a portal's backend must send: ./CONTRACT.md.
 */
export * from './rules.js';
export * from './fit-connect.js';
export {
  retryDelay,
  StatusSourceError,
  type StatusSource,
  type StatusSourceState,
  type StatusEventsListener,
  type StatusStateListener,
  type SourceOptions,
  type TimersLike,
  type VisibilityLike,
} from './source.js';
export { de as statusMessagesDe } from './messages.de.js';
export { en as statusMessagesEn } from './messages.en.js';
export {
  statusMessages,
  statusMessage,
  statusText,
  type StatusCatalogue,
  type StatusOverrides,
  type StatusText,
} from './messages.js';
