// sseSource in the browser, with the browser's own EventSource, against the local status backend
// (test/servers/status.mjs) on another port.
import { expect } from '@open-wc/testing';
import {
  followSource,
  resetStatusServer,
  statusRequests,
  statusScript,
  statusUrls,
  waitForStatusRequests,
  type Followed,
  type StatusRequest,
} from '../../../../test/testing/status.js';
import { sseSource } from './sse.js';
import type { StatusEvent } from './events.js';

const ids = (events: readonly StatusEvent[]) => events.map((e) => e.id);
const streams = (log: StatusRequest[]) => log.filter((r) => r.kind === 'stream');
const fast = { retry: { base: 20, max: 200 } };

/** Every list the source gave has each event once; the last is the whole case in time order. */
async function expectWholeCase(followed: Followed, transport: 'sse' | 'polling' = 'sse') {
  expect(followed.events).to.deep.equal(await statusScript());
  for (const list of followed.emissions) expect(new Set(ids(list)).size, ids(list).join()).to.equal(list.length);
  expect(followed.states.at(-1)).to.deep.equal({ phase: 'ended', transport });
}

/** Waits until the server has seen every stream of the session end, and returns the log. */
const streamsClosed = () =>
  waitForStatusRequests((log) => streams(log).every((r) => r.outcome !== 'pending'), 'the streams to be closed');

describe('@blaupause/domain status: sseSource against a local backend', () => {
  beforeEach(resetStatusServer);

  it('listens until the terminal state, one list per new event, then closes the stream', async () => {
    const { stream } = await statusUrls('plain');
    expect(new URL(stream).origin).to.not.equal(location.origin);
    const followed = await followSource(sseSource({ url: stream, ...fast }));
    await expectWholeCase(followed);
    expect(followed.emissions.map((list) => list.length)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(followed.states.map((s) => s.phase)).to.deep.equal(['connecting', 'live', 'ended']);
    const log = streams(await streamsClosed());
    expect(log.map((r) => [r.status, r.outcome, r.sent.length, r.lastEventId, r.lastEventIdParam])).to.deep.equal([
      [200, 'aborted', 8, null, null],
    ]);
  });

  it('an event sent twice is shown once', async () => {
    const followed = await followSource(
      sseSource({ url: (await statusUrls('dup', { duplicate: true })).stream, ...fast }),
    );
    await expectWholeCase(followed);
    expect(followed.emissions).to.have.length(8);
    expect(streams(await statusRequests())[0].sent.slice(0, 4)).to.deep.equal(['e1', 'e2', 'e3', 'e3']);
  });

  it('events sent out of order are shown in time order', async () => {
    const followed = await followSource(
      sseSource({ url: (await statusUrls('ooo', { outOfOrder: true })).stream, ...fast }),
    );
    await expectWholeCase(followed);
    expect(ids(followed.emissions[0])).to.deep.equal(['e2']);
    expect(ids(followed.emissions[1])).to.deep.equal(['e1', 'e2']);
  });

  it('a connection dropped mid-event: the browser reconnects with Last-Event-ID, the server resumes after it', async () => {
    const followed = await followSource(sseSource({ url: (await statusUrls('drop', { drop: true })).stream, ...fast }));
    await expectWholeCase(followed);
    const log = streams(await streamsClosed());
    expect(log).to.have.length(2);
    expect(log[0].sent).to.deep.equal(['e1', 'e2', 'e3', 'e4']);
    expect(log[0].outcome).to.equal('dropped');
    // The half-sent fifth event's id line did not count: the reconnect names e4, by header.
    expect([log[1].lastEventId, log[1].lastEventIdParam]).to.deep.equal(['e4', null]);
    expect(log[1].sent).to.deep.equal(['e5', 'e6', 'e7', 'e8']);
  });

  it('when the browser gives up (HTTP 500 on its reconnect), the source reconnects with ?lastEventId=', async () => {
    const url = (await statusUrls('drop-fail', { drop: true, failAt: { from: 2, count: 1 } })).stream;
    const followed = await followSource(sseSource({ url, ...fast }));
    await expectWholeCase(followed);
    const log = streams(await streamsClosed());
    expect(log.map((r) => r.status)).to.deep.equal([200, 500, 200]);
    expect(log[1].lastEventId).to.equal('e4');
    expect([log[2].lastEventId, log[2].lastEventIdParam]).to.deep.equal([null, 'e4']);
    expect(log[2].sent).to.deep.equal(['e5', 'e6', 'e7', 'e8']);
    expect(followed.states.some((s) => s.phase === 'retrying' && s.delay !== undefined)).to.equal(true);
  });

  it('HTTP 500 for a while: reconnects with backoff and ends with every step once', async () => {
    const { stream, poll } = await statusUrls('fail', { fail: 2 });
    const followed = await followSource(sseSource({ url: stream, polling: { url: poll, interval: 20 }, ...fast }));
    await expectWholeCase(followed);
    const retrying = followed.states.filter((s) => s.phase === 'retrying');
    expect(retrying.map((s) => s.attempt)).to.deep.equal([1, 2]);
    expect(retrying.every((s) => s.delay! >= 10 && s.delay! <= 40)).to.equal(true);
    const log = await streamsClosed();
    expect(log.map((r) => `${r.kind} ${r.status}`)).to.deep.equal(['stream 500', 'stream 500', 'stream 200']);
  });

  it('falls back to polling when the stream keeps failing', async () => {
    const { stream, poll } = await statusUrls('fallback', { fail: 5 });
    const source = sseSource({ url: stream, polling: { url: poll, interval: 20 }, fallbackAfter: 2, ...fast });
    const followed = await followSource(source);
    // The polling endpoint fails its first five too (the same scenario): polling retries through them.
    await expectWholeCase(followed, 'polling');
    expect(followed.states.filter((s) => s.transport === 'sse').map((s) => s.phase)).to.deep.equal([
      'connecting',
      'retrying',
      'connecting',
    ]);
    const log = await streamsClosed();
    expect(streams(log).map((r) => r.status)).to.deep.equal([500, 500]);
    expect(log.filter((r) => r.kind === 'poll').map((r) => r.status)).to.deep.equal([
      500, 500, 500, 500, 500, 200, 200, 200,
    ]);
  });

  it('unsubscribing closes the stream', async () => {
    let lists = 0;
    const stop = sseSource({ url: (await statusUrls('stop', { gap: 200 })).stream }).subscribe(() => (lists += 1));
    await waitForStatusRequests((log) => log[0]?.sent.length === 1, 'the first event');
    stop();
    const log = await streamsClosed();
    expect(log.map((r) => r.outcome)).to.deep.equal(['aborted']);
    expect(log[0].sent.length).to.be.below(3);
    expect(lists).to.be.below(3);
  });
});
