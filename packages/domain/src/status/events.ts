/**
 * Status events and what follows from them: parsing what a source sends, merging (deduplicated
 * by id, ordered by time), the list of steps, the current state, when a new state is worth
 * announcing, and FIT-Connect's 14-day rule.
 */
import { defaultStatusCodes, statusDefinition, type StatusCodes } from './codes.js';

/** One thing that happened to a case. */
export interface StatusEvent {
  /** Unique per case and stable: the same event always has the same id. */
  readonly id: string;
  /** A status code (DOMAIN.md §4, or a portal's own). */
  readonly code: string;
  /** When it happened: ISO 8601 with a time zone offset or `Z`. */
  readonly time: string;
  /** Details for the display, e.g. `{ reason }` of a rejection or `{ url }` of a call to action. */
  readonly data?: Readonly<Record<string, unknown>>;
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** Milliseconds since the epoch of an ISO 8601 time with offset; `NaN` for anything else. */
export function parseStatusTime(time: string): number {
  return ISO_8601.test(time) ? Date.parse(time) : NaN;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * One event as a source sends it, checked: `id` a non-empty string (a number is taken as its
 * decimal string), `code` a non-empty string, `time` ISO 8601 with an offset, `data` an object if
 * present. `null` for anything else: a malformed event is left out, never shown half.
 */
export function parseStatusEvent(value: unknown): StatusEvent | null {
  if (!isRecord(value)) return null;
  const id = typeof value.id === 'number' && Number.isFinite(value.id) ? String(value.id) : value.id;
  const { code, time, data } = value;
  if (typeof id !== 'string' || id === '' || typeof code !== 'string' || code === '') return null;
  if (typeof time !== 'string' || Number.isNaN(parseStatusTime(time))) return null;
  if (data !== undefined && !isRecord(data)) return null;
  return data === undefined ? { id, code, time } : { id, code, time, data };
}

/**
 * The events of a polling answer, `{ "events": [ … ] }` (or a bare array), malformed ones left
 * out. Throws a `TypeError` when the answer has no event list at all.
 */
export function parseStatusEvents(body: unknown): StatusEvent[] {
  const list = Array.isArray(body) ? body : isRecord(body) ? body.events : undefined;
  if (!Array.isArray(list)) throw new TypeError('A status answer needs an "events" array');
  return list.map(parseStatusEvent).filter((e): e is StatusEvent => e !== null);
}

/**
 * All events of the given lists once each, oldest first. An id seen twice keeps its first
 * version; events with the same time keep the order they were first seen in. So merging again
 * what a reconnect sends a second time changes nothing (idempotent), and the grouping of merges
 * does not matter (associative). Events whose time cannot be read sort last.
 */
export function mergeEvents(...lists: readonly (readonly StatusEvent[])[]): StatusEvent[] {
  const seen = new Set<string>();
  const unique: { event: StatusEvent; at: number; index: number }[] = [];
  for (const list of lists) {
    for (const event of list) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      const at = parseStatusTime(event.time);
      unique.push({ event, at: Number.isNaN(at) ? Infinity : at, index: unique.length });
    }
  }
  unique.sort((a, b) => a.at - b.at || a.index - b.index);
  return unique.map((u) => u.event);
}

/** The latest event (the current state), or `null` when there are none. Merges first. */
export function currentEvent(events: readonly StatusEvent[]): StatusEvent | null {
  return mergeEvents(events).at(-1) ?? null;
}

/**
 * How a step reads: `done`, the `current` one, `upcoming`, or the current one when it needs the
 * citizen (`action`) or went wrong (`problem`). A terminal current state that went well
 * (closed, withdrawn) is `done`.
 */
export type StepState = 'done' | 'current' | 'upcoming' | 'action' | 'problem';

/** One step of the list. */
export interface StatusStep {
  readonly code: string;
  readonly state: StepState;
  /** The latest event's step (`aria-current="step"`). */
  readonly current: boolean;
  /** The event behind the step; upcoming steps have none. */
  readonly event?: StatusEvent;
}

/**
 * The steps to show: one per event, oldest first (the latest is current), then the steps of the
 * usual path not reached yet as upcoming. After a terminal state nothing is upcoming.
 */
export function statusSteps(events: readonly StatusEvent[], codes: StatusCodes = defaultStatusCodes): StatusStep[] {
  const merged = mergeEvents(events);
  const steps: StatusStep[] = merged.map((event, i) => {
    if (i < merged.length - 1) return { code: event.code, state: 'done', current: false, event };
    const { attention, terminal } = statusDefinition(event.code, codes);
    const state: StepState = attention !== 'none' ? attention : terminal ? 'done' : 'current';
    return { code: event.code, state, current: true, event };
  });
  const last = merged.at(-1);
  if (last && statusDefinition(last.code, codes).terminal) return steps;
  const reached = Math.max(-1, ...merged.map((e) => codes.path.indexOf(e.code)));
  for (const code of codes.path.slice(reached + 1)) steps.push({ code, state: 'upcoming', current: false });
  return steps;
}

/**
 * The new current state to announce when the events go from `before` to `after`, or `null`.
 * Only a change of the current code counts: the first events ever shown (nothing before), the
 * same events again (a reconnect), an older event arriving late and a newer event with the same
 * code as the current one announce nothing, and neither does a step back (an event already shown
 * before, or one not later than the current one, as when a source is replaced).
 */
export function statusChange(before: readonly StatusEvent[], after: readonly StatusEvent[]): StatusEvent | null {
  const previous = currentEvent(before);
  const next = currentEvent(after);
  if (!previous || !next || next.id === previous.id || next.code === previous.code) return null;
  // Never backwards: an event shown before, or not later than the state it would replace.
  if (before.some((e) => e.id === next.id)) return null;
  if (parseStatusTime(next.time) <= parseStatusTime(previous.time)) return null;
  return next;
}

const DAY = 86_400_000;

/** FIT-Connect rejects a submission nobody collected within this many days (DOMAIN.md §4). */
export const FIT_CONNECT_COLLECTION_DAYS = 14;

/**
 * FIT-Connect's 14-day rule: when the case is still `submitted` more than `days` days after the
 * submission, when that was; otherwise `null`. A pure function of the events and `now`.
 */
export function overdueSubmission(
  events: readonly StatusEvent[],
  now: number | Date,
  days: number = FIT_CONNECT_COLLECTION_DAYS,
): { readonly since: string; readonly days: number } | null {
  const current = currentEvent(events);
  if (current?.code !== 'submitted') return null;
  const elapsed = Number(now) - parseStatusTime(current.time);
  return elapsed > days * DAY ? { since: current.time, days } : null;
}
