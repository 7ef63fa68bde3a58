// pollingSource in the browser against the local status backend (test/servers/status.mjs), which
// the test runner starts on another port: cross-origin, as a portal's API may be.
import { expect } from '@open-wc/testing';
import {
  followSource,
  resetStatusServer,
  statusRequests,
  statusScript,
  statusUrls,
  waitForStatusRequests,
  type Followed,
} from '../../../../test/testing/status.js';
import { pollingSource } from './polling.js';
import { StatusSourceError, type TimersLike, type VisibilityLike } from './source.js';
import type { StatusEvent } from './events.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const ids = (events: readonly StatusEvent[]) => events.map((e) => e.id);
const fast = { interval: 20, retry: { base: 10, max: 200 } };

/** Every list the source gave has each event once; the last is the whole case in time order. */
async function expectWholeCase(followed: Followed) {
  const script = await statusScript();
  expect(followed.events).to.deep.equal(script);
  for (const list of followed.emissions) expect(new Set(ids(list)).size, ids(list).join()).to.equal(list.length);
  expect(followed.states.at(-1)).to.deep.equal({ phase: 'ended', transport: 'polling' });
}

/** Real timers that note each delay asked for. */
function recordingTimers(): TimersLike & { delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    setTimeout: (callback, ms) => {
      delays.push(ms);
      return setTimeout(callback, ms);
    },
    clearTimeout: (handle) => clearTimeout(handle as number),
  };
}

/** A page visibility the test switches. */
function switchableVisibility(hidden: boolean): VisibilityLike & { set(hidden: boolean): void } {
  const listeners = new Set<() => void>();
  return {
    get hidden() {
      return hidden;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(value) {
      hidden = value;
      for (const listener of listeners) listener();
    },
  };
}

describe('@blaupause/domain status: pollingSource against a local backend', () => {
  beforeEach(resetStatusServer);

  it('polls until the terminal state, gives each new list once, then asks no more', async () => {
    const { poll } = await statusUrls('plain');
    expect(new URL(poll).origin).to.not.equal(location.origin);
    const followed = await followSource(pollingSource({ url: poll, ...fast }));
    await expectWholeCase(followed);
    expect(followed.emissions.map((list) => list.length)).to.deep.equal([3, 6, 8]);
    expect(followed.states.map((s) => s.phase)).to.deep.equal(['connecting', 'live', 'live', 'ended']);
    await pause(150);
    const log = await statusRequests();
    expect(log.map((r) => `${r.kind} ${r.status} ${r.outcome} ${r.sent.length}`)).to.deep.equal([
      'poll 200 answered 3',
      'poll 200 answered 6',
      'poll 200 answered 8',
    ]);
  });

  it('an event sent twice is shown once', async () => {
    const followed = await followSource(
      pollingSource({ url: (await statusUrls('dup', { duplicate: true })).poll, ...fast }),
    );
    await expectWholeCase(followed);
    const log = await statusRequests();
    expect(log[0].sent).to.deep.equal(['e1', 'e2', 'e3']);
    expect(log[1].sent).to.deep.equal(['e1', 'e2', 'e3', 'e3', 'e4', 'e5']);
  });

  it('events sent out of order are shown in time order', async () => {
    const followed = await followSource(
      pollingSource({ url: (await statusUrls('ooo', { outOfOrder: true })).poll, ...fast }),
    );
    await expectWholeCase(followed);
    expect((await statusRequests())[0].sent).to.deep.equal(['e2', 'e1', 'e4']);
    expect(ids(followed.emissions[0])).to.deep.equal(['e1', 'e2', 'e4']);
  });

  it('an answer cut off mid-body is retried, and nothing is lost or repeated', async () => {
    const followed = await followSource(
      pollingSource({ url: (await statusUrls('drop', { drop: true })).poll, ...fast }),
    );
    await expectWholeCase(followed);
    const retrying = followed.states.filter((s) => s.phase === 'retrying');
    expect(retrying).to.have.length(1);
    expect(retrying[0].error).to.be.instanceOf(StatusSourceError);
    expect((retrying[0].error as StatusSourceError).status).to.equal(0);
    const log = await statusRequests();
    // The retry is the third answer: all eight events.
    expect(log.map((r) => `${r.outcome} ${r.sent.length}`)).to.deep.equal(['answered 3', 'dropped 0', 'answered 8']);
  });

  it('HTTP 500 for a while: backs off exponentially with jitter, then carries on', async () => {
    const timers = recordingTimers();
    const source = pollingSource({
      url: (await statusUrls('fail', { fail: 3 })).poll,
      ...fast,
      timers,
      random: () => 0.5,
    });
    const followed = await followSource(source);
    await expectWholeCase(followed);
    const retrying = followed.states.filter((s) => s.phase === 'retrying');
    expect(retrying.map((s) => [s.attempt, s.delay, (s.error as StatusSourceError).status])).to.deep.equal([
      [1, 8, 500],
      [2, 15, 500],
      [3, 30, 500],
    ]);
    // Three retries (10, 20, 40 ms ceilings at the middle of their jitter), then the interval between answers.
    expect(timers.delays).to.deep.equal([8, 15, 30, 20, 20]);
    expect((await statusRequests()).map((r) => r.status)).to.deep.equal([500, 500, 500, 200, 200, 200]);
  });

  it('stops for good when the server refuses (HTTP 404)', async () => {
    const { poll } = await statusUrls('missing');
    const followed = await followSource(pollingSource({ url: poll.replace('/events', '/nothing/events'), ...fast }), {
      until: 'failed',
    });
    expect((followed.states.at(-1)!.error as StatusSourceError).status).to.equal(404);
    await pause(100);
    expect(await statusRequests()).to.have.length(1);
  });

  it('asks nothing while the page is hidden, and at once when it shows again', async () => {
    const visibility = switchableVisibility(true);
    const phases: string[] = [];
    let latest: readonly StatusEvent[] = [];
    const url = (await statusUrls('hidden')).poll;
    const stop = pollingSource({ url, interval: 250, visibility }).subscribe(
      (events) => (latest = events),
      (state) => phases.push(state.phase),
    );
    await pause(150);
    expect(await statusRequests()).to.deep.equal([]);
    expect(phases).to.deep.equal(['connecting', 'paused']);
    visibility.set(false);
    await waitForStatusRequests((log) => log.length === 1 && log[0].outcome === 'answered', 'the first poll');
    await pause(20);
    visibility.set(true);
    expect(phases.slice(2)).to.deep.equal(['connecting', 'live', 'paused']);
    await pause(500);
    expect(await statusRequests()).to.have.length(1);
    const shown = Date.now();
    visibility.set(false);
    await waitForStatusRequests((log) => log.length === 2, 'a poll right after showing the page', 150);
    expect(Date.now() - shown).to.be.below(150);
    await waitForStatusRequests((log) => log.length === 3, 'the last poll');
    await pause(60);
    expect(latest).to.deep.equal(await statusScript());
    expect(phases.at(-1)).to.equal('ended');
    stop();
  });

  it('unsubscribing stops polling', async () => {
    let lists = 0;
    const stop = pollingSource({ url: (await statusUrls('stop')).poll, interval: 300 }).subscribe(() => (lists += 1));
    await waitForStatusRequests((log) => log.some((r) => r.outcome === 'answered'), 'the first answer');
    await pause(10);
    stop();
    const count = (await statusRequests()).length;
    await pause(450);
    expect(await statusRequests()).to.have.length(count);
    expect(count).to.equal(1);
    expect(lists).to.equal(1);
  });
});
