import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { defineStatusCodes } from './codes.js';
import {
  currentEvent,
  mergeEvents,
  overdueSubmission,
  parseStatusEvent,
  parseStatusEvents,
  parseStatusTime,
  statusChange,
  statusSteps,
  type StatusEvent,
} from './events.js';

const ev = (id: string, code: string, time: string, data?: Record<string, unknown>): StatusEvent =>
  data ? { id, code, time, data } : { id, code, time };
const ids = (events: readonly StatusEvent[]) => events.map((e) => e.id);

const START = Date.UTC(2026, 0, 1);
/** A pool of distinct events (unique ids); `times` distinct instants or few, to force ties. */
const pool = (distinctTimes: boolean) =>
  fc
    .uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z0-9-]{1,6}$/),
        code: fc.constantFrom('submitted', 'received', 'in_progress', 'query', 'closed'),
        at: distinctTimes ? fc.integer({ min: 0, max: 10_000_000 }) : fc.integer({ min: 0, max: 3 }),
        zone: fc.constantFrom('Z', '+01:00', '-05:30'),
      }),
      { selector: (r) => (distinctTimes ? `${r.at}` : r.id), minLength: 0, maxLength: 12 },
    )
    .map((records) => {
      const seen = new Set<string>();
      return records
        .filter((r) => !seen.has(r.id) && seen.add(r.id))
        .map((r) => ev(r.id, r.code, isoIn(START + r.at * 60_000, r.zone)));
    });

/** An instant written with an offset ('Z', '+01:00', '-05:30'). */
function isoIn(ms: number, zone: string): string {
  if (zone === 'Z') return new Date(ms).toISOString();
  const sign = zone.startsWith('-') ? -1 : 1;
  const [h, m] = zone.slice(1).split(':').map(Number);
  const local = new Date(ms + sign * (h * 60 + m) * 60_000).toISOString().slice(0, 19);
  return `${local}${zone}`;
}

/** Lists drawn from a pool, with repeats, in any order. */
const drawn = (events: StatusEvent[]): fc.Arbitrary<StatusEvent[]> =>
  events.length ? fc.array(fc.constantFrom(...events), { maxLength: 20 }) : fc.constant([]);

describe('@blaupause/domain status: events', () => {
  describe('parsing what a source sends', () => {
    it('takes id, code, ISO 8601 time with offset and an optional data object', () => {
      expect(parseStatusEvent({ id: 'a1', code: 'received', time: '2026-11-24T14:03:00+01:00' })).to.deep.equal(
        ev('a1', 'received', '2026-11-24T14:03:00+01:00'),
      );
      expect(
        parseStatusEvent({ id: 7, code: 'query', time: '2026-11-24T13:03Z', data: { url: '/x' }, extra: 1 }),
      ).to.deep.equal(ev('7', 'query', '2026-11-24T13:03Z', { url: '/x' }));
    });

    it('leaves out events with no id or code, a time without an offset, or data that is no object', () => {
      for (const bad of [
        null,
        'x',
        [],
        { code: 'received', time: '2026-11-24T13:03:00Z' },
        { id: '', code: 'received', time: '2026-11-24T13:03:00Z' },
        { id: 'a', code: '', time: '2026-11-24T13:03:00Z' },
        { id: 'a', code: 'received', time: '2026-11-24T13:03:00' },
        { id: 'a', code: 'received', time: '24.11.2026, 14:03 Uhr' },
        { id: 'a', code: 'received', time: '2026-13-45T13:03:00Z' },
        { id: 'a', code: 'received', time: 1764000000 },
        { id: 'a', code: 'received', time: '2026-11-24T13:03:00Z', data: 'x' },
        { id: NaN, code: 'received', time: '2026-11-24T13:03:00Z' },
      ]) {
        expect(parseStatusEvent(bad), JSON.stringify(bad)).to.equal(null);
      }
      expect(parseStatusTime('2026-11-24T13:03:00.123456Z')).to.equal(Date.UTC(2026, 10, 24, 13, 3, 0, 123));
    });

    it('reads a polling answer and refuses one without an event list', () => {
      const body = { events: [{ id: 'a', code: 'submitted', time: '2026-11-20T08:15:00Z' }, { id: 'b' }] };
      expect(parseStatusEvents(body)).to.deep.equal([ev('a', 'submitted', '2026-11-20T08:15:00Z')]);
      expect(parseStatusEvents([])).to.deep.equal([]);
      expect(() => parseStatusEvents({ status: 'received' })).to.throw(TypeError);
      expect(() => parseStatusEvents(null)).to.throw(TypeError);
    });
  });

  describe('merging', () => {
    it('drops repeated ids (the first version stays) and orders by the instant, not the text', () => {
      const merged = mergeEvents(
        [ev('b', 'received', '2026-11-21T10:00:00+01:00'), ev('a', 'submitted', '2026-11-21T08:30:00Z')],
        [ev('a', 'submitted', '2026-11-21T08:30:00Z'), ev('b', 'changed', '2026-11-21T11:00:00Z')],
      );
      // 10:00+01:00 is 09:00Z: after 08:30Z although "10" sorts after "08" anyway; and b's second version is ignored.
      expect(merged).to.deep.equal([
        ev('a', 'submitted', '2026-11-21T08:30:00Z'),
        ev('b', 'received', '2026-11-21T10:00:00+01:00'),
      ]);
      expect(
        ids(mergeEvents([ev('x', 'a', '2026-11-21T09:00:00+02:00'), ev('y', 'b', '2026-11-21T08:00:00Z')])),
      ).to.deep.equal(['x', 'y']);
    });

    it('keeps events of the same instant in the order they were first seen', () => {
      const t = '2026-11-21T09:00:00Z';
      expect(ids(mergeEvents([ev('b', 'x', t), ev('a', 'y', t)], [ev('c', 'z', t), ev('a', 'y', t)]))).to.deep.equal([
        'b',
        'a',
        'c',
      ]);
    });

    it('property: any permutation and duplication of the same events merges to the same list, in time order', () => {
      fc.assert(
        fc.property(
          pool(true).chain((events) =>
            fc.tuple(fc.constant(events), fc.shuffledSubarray(events, { minLength: events.length }), drawn(events)),
          ),
          ([events, shuffled, extra]) => {
            const reference = mergeEvents(events);
            const variant = mergeEvents(shuffled, extra, shuffled);
            expect(variant).to.deep.equal(reference);
            expect(new Set(ids(variant)).size).to.equal(events.length);
            const times = variant.map((e) => parseStatusTime(e.time));
            expect(times).to.deep.equal([...times].sort((a, b) => a - b));
          },
        ),
        { numRuns: 300 },
      );
    });

    it('property: merging is idempotent, and merging again what was merged changes nothing', () => {
      fc.assert(
        fc.property(
          pool(false).chain((events) => fc.tuple(drawn(events), drawn(events))),
          ([a, b]) => {
            const ab = mergeEvents(a, b);
            expect(mergeEvents(ab)).to.deep.equal(ab);
            expect(mergeEvents(ab, ab)).to.deep.equal(ab);
            expect(mergeEvents(ab, b)).to.deep.equal(ab);
            expect(mergeEvents(ab, a)).to.deep.equal(ab);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('property: merging is associative, ties in time included', () => {
      fc.assert(
        fc.property(
          pool(false).chain((events) => fc.tuple(drawn(events), drawn(events), drawn(events))),
          ([a, b, c]) => {
            const left = mergeEvents(mergeEvents(a, b), c);
            expect(mergeEvents(a, mergeEvents(b, c))).to.deep.equal(left);
            expect(mergeEvents(a, b, c)).to.deep.equal(left);
          },
        ),
        { numRuns: 300 },
      );
    });

    it('property: a reconnect that sends some events again, in any order, neither loses nor repeats a step', () => {
      fc.assert(
        fc.property(
          pool(true).chain((events) =>
            fc.tuple(
              fc.constant(events),
              fc.integer({ min: 0, max: events.length }),
              fc.integer({ min: 0, max: events.length }),
            ),
          ),
          ([events, cut, resumeAt]) => {
            // The first connection delivers events[0, cut), the second resumes at an earlier point.
            const from = Math.min(cut, resumeAt);
            const got = mergeEvents(mergeEvents(events.slice(0, cut)), events.slice(from).reverse());
            expect(got).to.deep.equal(mergeEvents(events));
          },
        ),
      );
    });
  });

  describe('steps', () => {
    const history = [
      ev('1', 'submitted', '2026-11-20T08:15:00Z'),
      ev('2', 'received', '2026-11-21T09:02:00Z'),
      ev('3', 'in_progress', '2026-11-23T07:30:00Z'),
    ];
    const states = (events: StatusEvent[]) =>
      statusSteps(events).map((s) => `${s.code}:${s.state}${s.current ? '*' : ''}`);

    it('done, current, then the usual path not reached yet as upcoming', () => {
      expect(states(history)).to.deep.equal([
        'submitted:done',
        'received:done',
        'in_progress:current*',
        'decided:upcoming',
        'closed:upcoming',
      ]);
      const steps = statusSteps(history);
      expect(steps[2].event).to.equal(history[2]);
      expect(steps[3].event).to.equal(undefined);
    });

    it('orders out-of-order events first, and shows each event once', () => {
      const shuffled = [history[2], history[0], history[2], history[1]];
      expect(states(shuffled)).to.deep.equal(states(history));
    });

    it('marks a query and a payment as needing action, a technical rejection as a problem', () => {
      expect(states([...history, ev('4', 'query', '2026-11-23T13:03:00Z')]).slice(2, 5)).to.deep.equal([
        'in_progress:done',
        'query:action*',
        'decided:upcoming',
      ]);
      expect(states([history[0], ev('p', 'payment_due', '2026-11-20T09:00:00Z')])).to.deep.equal([
        'submitted:done',
        'payment_due:action*',
        'received:upcoming',
        'in_progress:upcoming',
        'decided:upcoming',
        'closed:upcoming',
      ]);
      expect(states([history[0], ev('r', 'rejected_technical', '2026-11-20T09:00:00Z')])).to.deep.equal([
        'submitted:done',
        'rejected_technical:problem*',
      ]);
    });

    it('after a terminal state nothing is upcoming, and closed or withdrawn read as done', () => {
      expect(states([...history, ev('9', 'closed', '2026-11-30T10:00:00Z')]).slice(-2)).to.deep.equal([
        'in_progress:done',
        'closed:done*',
      ]);
      expect(states([ev('w', 'withdrawn', '2026-11-20T10:00:00Z')])).to.deep.equal(['withdrawn:done*']);
    });

    it('shows a draft before the whole path, an unknown code as current, and no events as the path alone', () => {
      expect(states([ev('d', 'draft', '2026-11-19T10:00:00Z')])[1]).to.equal('submitted:upcoming');
      expect(states([...history, ev('u', 'akte_verloren', '2026-11-24T10:00:00Z')]).slice(3)).to.deep.equal([
        'akte_verloren:current*',
        'decided:upcoming',
        'closed:upcoming',
      ]);
      expect(states([])).to.deep.equal([
        'submitted:upcoming',
        'received:upcoming',
        'in_progress:upcoming',
        'decided:upcoming',
        'closed:upcoming',
      ]);
    });

    it('follows a portal’s own codes and path', () => {
      const codes = defineStatusCodes(
        [{ code: 'appointment', attention: 'action', terminal: false }],
        ['submitted', 'appointment', 'done'],
      );
      expect(
        statusSteps([history[0], ev('a', 'appointment', '2026-11-22T10:00:00Z')], codes).map(
          (s) => `${s.code}:${s.state}`,
        ),
      ).to.deep.equal(['submitted:done', 'appointment:action', 'done:upcoming']);
    });

    it('property: one step per distinct event, exactly one current, upcoming only after the events', () => {
      fc.assert(
        fc.property(
          pool(false).chain((events) => drawn(events)),
          (events) => {
            const steps = statusSteps(events);
            const withEvent = steps.filter((s) => s.event);
            expect(withEvent.map((s) => s.event!.id)).to.deep.equal(ids(mergeEvents(events)));
            expect(steps.filter((s) => s.current).length).to.equal(events.length ? 1 : 0);
            expect(steps.findIndex((s) => !s.event)).to.be.oneOf([-1, withEvent.length]);
          },
        ),
      );
    });
  });

  describe('the current state and its announcement', () => {
    const a = ev('1', 'received', '2026-11-21T09:00:00Z');
    const b = ev('2', 'in_progress', '2026-11-22T09:00:00Z');
    const c = ev('3', 'in_progress', '2026-11-23T09:00:00Z');
    const old = ev('0', 'submitted', '2026-11-20T09:00:00Z');

    it('is the latest event by time', () => {
      expect(currentEvent([b, a])).to.equal(b);
      expect(currentEvent([])).to.equal(null);
    });

    it('announces a new current code once, and nothing else', () => {
      expect(statusChange([a], [a, b])).to.equal(b);
      // The same again (a reconnect), an older event arriving late, a newer event with the same code:
      expect(statusChange([a, b], [b, a, b])).to.equal(null);
      expect(statusChange([a, b], [a, b, old])).to.equal(null);
      expect(statusChange([a, b], [a, b, c])).to.equal(null);
      // The first events shown are no change.
      expect(statusChange([], [a, b])).to.equal(null);
      expect(statusChange([a, b], [])).to.equal(null);
      // Back to a code seen before is a change.
      const q = ev('q', 'query', '2026-11-22T12:00:00Z');
      expect(statusChange([a, b, q], [a, b, q, c])).to.equal(c);
    });
  });

  describe('FIT-Connect’s 14-day rule', () => {
    const submitted = ev('s', 'submitted', '2026-11-01T10:00:00Z');
    const at = (iso: string) => Date.parse(iso);

    it('hints after more than 14 days in submitted, not at 14 days exactly', () => {
      expect(overdueSubmission([submitted], at('2026-11-15T10:00:00Z'))).to.equal(null);
      expect(overdueSubmission([submitted], at('2026-11-15T10:00:01Z'))).to.deep.equal({
        since: '2026-11-01T10:00:00Z',
        days: 14,
      });
      expect(overdueSubmission([submitted], new Date('2026-12-24T00:00:00Z'))).to.not.equal(null);
    });

    it('does not hint once the case moved on, before it was submitted, or with no events', () => {
      const later = at('2026-12-24T00:00:00Z');
      expect(overdueSubmission([submitted, ev('f', 'forwarded', '2026-11-01T10:01:00Z')], later)).to.equal(null);
      expect(overdueSubmission([ev('d', 'draft', '2026-11-01T10:00:00Z')], later)).to.equal(null);
      expect(overdueSubmission([], later)).to.equal(null);
    });

    it('counts from the latest submission, with another number of days if asked', () => {
      const again = ev('s2', 'submitted', '2026-11-20T10:00:00Z');
      expect(
        overdueSubmission(
          [submitted, ev('r', 'rejected_technical', '2026-11-16T10:00:00Z'), again],
          at('2026-11-25T00:00:00Z'),
        ),
      ).to.equal(null);
      expect(overdueSubmission([again], at('2026-11-25T00:00:00Z'), 3)).to.deep.equal({ since: again.time, days: 3 });
    });
  });
});
