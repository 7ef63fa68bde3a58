// bp-status-tracker fed live by the shipped sources (polling and Server-Sent Events) from the local
// status backend (test/servers/status.mjs): dropped connections, repeated and out-of-order events,
// HTTP 500 for a while. Whatever the delivery, the tracker ends with the whole case, every step once.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { pollingSource } from '@blaupause/domain/status/polling';
import { sseSource } from '@blaupause/domain/status/sse';
import type { StatusSource, StatusSourceState } from '@blaupause/domain/status';
import './define.js';
import type { StatusTracker } from './status-tracker.js';
import type { StatusChangeEvent } from './events.js';
import {
  resetStatusServer,
  statusScript,
  statusUrls,
  waitForStatusRequests,
  type StatusScenario,
} from '../../../../test/testing/status.js';

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** The texts of the hints shown (the 14-day hint, the update hint). */
const hints = (el: StatusTracker) => [...el.shadowRoot!.querySelectorAll('[part="hint"]')].map(text);
const steps = (el: StatusTracker) => [...el.shadowRoot!.querySelectorAll('li')];
const fastPolling = { interval: 20, retry: { base: 10, max: 200 } };
const fastSse = { retry: { base: 20, max: 200 } };

/** Wraps a source to record the phases it reports to the tracker. */
function recorded(source: StatusSource): { source: StatusSource; phases: StatusSourceState['phase'][] } {
  const phases: StatusSourceState['phase'][] = [];
  return {
    phases,
    source: {
      subscribe: (onEvents, onState) =>
        source.subscribe(onEvents, (state) => {
          phases.push(state.phase);
          onState?.(state);
        }),
    },
  };
}

/** Renders a tracker on `source`, and waits until it shows the whole case (the server's script). */
async function follow(source: StatusSource) {
  const script = await statusScript();
  const changes: StatusChangeEvent[] = [];
  const el = await fixture<StatusTracker>(
    html`<bp-status-tracker case-id="A-1" .source=${source}></bp-status-tracker>`,
  );
  el.addEventListener('bp-status-change', (e) => changes.push(e));
  await waitUntil(
    () => el.shownEvents.length === script.length && el.shownEvents.at(-1)?.id === script.at(-1)?.id,
    'the whole case shown',
    { timeout: 8000 },
  );
  await el.updateComplete;
  return { el, script, changes };
}

/** The tracker shows exactly the script: one step per event, in time order, the last current. */
async function expectWholeCase(el: StatusTracker, changes: StatusChangeEvent[]) {
  const script = await statusScript();
  expect(el.shownEvents.map((e) => e.id)).to.deep.equal(script.map((e) => e.id));
  expect(steps(el).map((li) => li.querySelector('time')?.getAttribute('datetime'))).to.deep.equal(
    script.map((e) => new Date(e.time).toISOString()),
  );
  expect(steps(el).map((li) => text(li.querySelector('.label')))).to.deep.equal([
    'Eingereicht',
    'Weitergeleitet',
    'Bei der Behörde eingegangen',
    'In Bearbeitung',
    'Rückfrage – Ihre Mitwirkung ist nötig',
    'In Bearbeitung',
    'Entschieden – Bescheid im Postfach',
    'Abgeschlossen',
  ]);
  expect(steps(el).filter((li) => li.getAttribute('aria-current') === 'step')).to.have.length(1);
  expect(steps(el).at(-1)!.getAttribute('aria-current')).to.equal('step');
  // Each new state was told once: no id twice, only forwards in time, the last the closing one.
  const ids = changes.map((c) => c.status.id);
  expect(new Set(ids).size, ids.join()).to.equal(ids.length);
  const order = script.map((e) => e.id);
  expect(
    ids.every((id, i) => i === 0 || order.indexOf(id) > order.indexOf(ids[i - 1])),
    ids.join(),
  ).to.equal(true);
  expect(ids.at(-1)).to.equal('e8');
}

const scenarios: [string, StatusScenario][] = [
  ['as sent', {}],
  ['a connection dropped in the middle', { drop: true }],
  ['an event sent twice', { duplicate: true }],
  ['events out of order', { outOfOrder: true }],
  ['HTTP 500 for a while', { fail: 2 }],
];

describe('bp-status-tracker live from the local status backend', () => {
  beforeEach(resetStatusServer);

  for (const [name, scenario] of scenarios) {
    it(`polling, ${name}: ends with every step exactly once`, async () => {
      const { poll } = await statusUrls(`poll-${name}`, scenario);
      const { el, changes } = await follow(pollingSource({ url: poll, ...fastPolling }));
      await expectWholeCase(el, changes);
    });

    it(`Server-Sent Events, ${name}: ends with every step exactly once`, async () => {
      const { stream, poll } = await statusUrls(`sse-${name}`, scenario);
      const { el, changes } = await follow(
        sseSource({ url: stream, polling: { url: poll, ...fastPolling }, ...fastSse }),
      );
      await expectWholeCase(el, changes);
    });
  }

  it('says the status is not being updated while the backend fails, and stops saying it when it answers', async () => {
    const { poll } = await statusUrls('poll-retrying', { fail: 3 });
    const { source, phases } = recorded(pollingSource({ url: poll, interval: 20, retry: { base: 150, max: 300 } }));
    const el = await fixture<StatusTracker>(html`<bp-status-tracker .source=${source}></bp-status-tracker>`);
    await waitUntil(
      () => hints(el).includes('Der Stand wird gerade nicht aktualisiert. Wir versuchen es weiter.'),
      'the retrying hint',
      { timeout: 5000 },
    );
    await waitUntil(() => el.shownEvents.length === 8, 'the whole case after the failures', { timeout: 8000 });
    await el.updateComplete;
    expect(phases).to.include('retrying');
    expect(hints(el)).to.deep.equal([]);
  });

  it('keeps what it showed when the server refuses for good (HTTP 404), and says so', async () => {
    const { poll } = await statusUrls('poll-failed');
    const source = pollingSource({ url: poll.replace(/events$/, 'gone'), ...fastPolling });
    const el = await fixture<StatusTracker>(
      html`<bp-status-tracker
        .events=${[{ id: 'e1', code: 'submitted', time: '2026-11-20T08:15:00Z' }]}
        .source=${source}
      ></bp-status-tracker>`,
    );
    await waitUntil(
      () => hints(el).includes('Der Stand kann nicht aktualisiert werden. Laden Sie die Seite später neu.'),
      'the failed hint',
      { timeout: 8000 },
    );
    expect(steps(el).map((li) => text(li.querySelector('.label')))[0]).to.equal('Eingereicht');
  });

  it('closes the stream when it leaves the page', async () => {
    const { stream } = await statusUrls('sse-leave', { gap: 300 });
    const el = await fixture<StatusTracker>(
      html`<bp-status-tracker .source=${sseSource({ url: stream, ...fastSse })}></bp-status-tracker>`,
    );
    await waitUntil(() => el.shownEvents.length >= 1, 'a first event', { timeout: 5000 });
    el.remove();
    const log = await waitForStatusRequests(
      (l) => l.some((r) => r.kind === 'stream' && r.outcome === 'aborted'),
      'the stream closed by the client',
    );
    expect(log.filter((r) => r.kind === 'stream' && r.outcome === 'pending')).to.have.length(0);
  });
});
