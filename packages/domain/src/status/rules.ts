/**
 * `@blaupause/domain/status/rules`: the status rules without any texts (codes, merging, steps,
 * announcements, the 14-day rule, dates) and the source types. A view that brings its own texts
 * imports this and one language of texts (`@blaupause/domain/status/messages.de`, `…/messages.en`), so a page loads
 * neither the other language nor code it does not use.
 */
export * from './codes.js';
export * from './events.js';
export * from './time.js';
export type {
  StatusSource,
  StatusSourceState,
  StatusEventsListener,
  StatusStateListener,
  SourceOptions,
  TimersLike,
  VisibilityLike,
} from './source.js';
