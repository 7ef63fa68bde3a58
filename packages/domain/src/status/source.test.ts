import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { documentVisibility, eventLog, isPermanentError, retryDelay, StatusSourceError } from './source.js';
import { resumeUrl } from './sse.js';
import type { StatusEvent } from './events.js';

describe('@blaupause/domain status: source helpers', () => {
  it('backs off exponentially with equal jitter: in the upper half of base · 2^(n−1), capped', () => {
    const low = () => 0;
    const high = () => 0.999_999;
    expect([1, 2, 3, 4].map((n) => retryDelay(n, { base: 1000 }, low))).to.deep.equal([500, 1000, 2000, 4000]);
    expect([1, 2, 3, 4].map((n) => retryDelay(n, { base: 1000 }, high))).to.deep.equal([1000, 2000, 4000, 8000]);
    expect(retryDelay(30, { base: 1000, max: 60_000 }, high)).to.equal(60_000);
    expect(retryDelay(30, { base: 1000, max: 60_000 }, low)).to.equal(30_000);
    expect(retryDelay(1)).to.be.within(500, 1000);
  });

  it('property: the delay grows with the attempt’s ceiling and never leaves [ceiling/2, ceiling]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (n, r) => {
          const ceiling = Math.min(300_000, 1000 * 2 ** (n - 1));
          const delay = retryDelay(n, {}, () => r);
          expect(delay).to.be.within(Math.round(ceiling / 2), ceiling);
        },
      ),
    );
  });

  it('gives up only on client errors that asking again cannot fix', () => {
    const e = (status: number) => new StatusSourceError('x', status, '/s');
    expect([400, 401, 403, 404, 410].map((s) => isPermanentError(e(s)))).to.deep.equal([true, true, true, true, true]);
    expect([0, 408, 429, 500, 503].map((s) => isPermanentError(e(s)))).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(isPermanentError(new TypeError('x'))).to.equal(false);
  });

  it('an event log tells the listener only about new events, merged, and notices a terminal state', () => {
    const seen: (readonly StatusEvent[])[] = [];
    const log = eventLog((events) => seen.push(events));
    const a = { id: 'a', code: 'received', time: '2026-11-21T09:00:00Z' };
    const b = { id: 'b', code: 'submitted', time: '2026-11-20T09:00:00Z' };
    const c = { id: 'c', code: 'closed', time: '2026-11-30T09:00:00Z' };
    expect(log.add([a])).to.equal(false);
    expect(log.add([a])).to.equal(false);
    expect(log.add([b, a])).to.equal(false);
    expect(seen.map((events) => events.map((e) => e.id))).to.deep.equal([['a'], ['b', 'a']]);
    expect(log.add([c])).to.equal(true);
    expect(log.events.map((e) => e.id)).to.deep.equal(['b', 'a', 'c']);
  });

  it('puts the last event id into a reconnect’s URL, replacing an earlier one', () => {
    expect(resumeUrl('https://portal.example/s', 'e4')).to.equal('https://portal.example/s?lastEventId=e4');
    expect(resumeUrl('/s?lang=de', 'a b&c')).to.equal('/s?lang=de&lastEventId=a%20b%26c');
    expect(resumeUrl('/s?lastEventId=e1&lang=de', 'e4')).to.equal('/s?lang=de&lastEventId=e4');
    expect(resumeUrl('/s?lang=de&lastEventId=e1', 'e4')).to.equal('/s?lang=de&lastEventId=e4');
    expect(resumeUrl('/s?lastEventId=e1', 'e4#x')).to.equal('/s?lastEventId=e4%23x');
    expect(resumeUrl('/s#top', 'e4')).to.equal('/s?lastEventId=e4#top');
  });

  it('reads the page’s visibility from document, and hears visibilitychange until told to stop', () => {
    const visibility = documentVisibility()!;
    expect(visibility.hidden).to.equal(document.hidden);
    let heard = 0;
    const stop = visibility.onChange(() => (heard += 1));
    document.dispatchEvent(new Event('visibilitychange'));
    stop();
    document.dispatchEvent(new Event('visibilitychange'));
    expect(heard).to.equal(1);
  });
});
