import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineStatusCodes, type StatusEvent } from '@blaupause/domain/status';
import './define.js';
import type { StatusTracker } from './status-tracker.js';
import type { StatusChangeEvent, StatusResubmitEvent } from './events.js';
import { accessible, clearAnnouncements, rendered } from '../core/testing/helpers.js';
import { announcerRegions, ANNOUNCE_DELAY_MS } from '../core/announcer.js';

// ── helpers (this file only) ─────────────────────────────────────────────────────────────────

const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: StatusTracker) => el.shadowRoot!;
const steps = (el: StatusTracker) => [...root(el).querySelectorAll('li')];
const labels = (el: StatusTracker) => steps(el).map((li) => text(li.querySelector('.label')));
const states = (el: StatusTracker) => steps(el).map((li) => text(li.querySelector('.state')));
const part = (el: StatusTracker, name: string) => root(el).querySelector(`[part~="${name}"]`);
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const deepActive = (): Element | null => {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
};
/** Waits until the polite live region says exactly `message`. */
const announced = (message: string) =>
  waitUntil(() => announcerRegions().polite.textContent === message, `announced: ${message}`, { timeout: 3000 });

const ev = (id: string, code: string, time: string, data?: Record<string, unknown>): StatusEvent =>
  data ? { id, code, time, data } : { id, code, time };

/** A case in progress: submitted, forwarded, received, in progress (times in UTC; Berlin is UTC+1 in November). */
const inProgress: StatusEvent[] = [
  ev('e1', 'submitted', '2026-11-20T08:15:00Z'),
  ev('e2', 'forwarded', '2026-11-20T08:16:30Z'),
  ev('e3', 'received', '2026-11-21T09:02:00Z'),
  ev('e4', 'in_progress', '2026-11-23T07:30:00Z'),
];

describe('bp-status-tracker', () => {
  beforeEach(clearAnnouncements);

  describe('steps', () => {
    it('shows an ordered list: one step per event, oldest first, then the usual steps not reached yet', async () => {
      const el = await fixture<StatusTracker>(html`<bp-status-tracker .events=${inProgress}></bp-status-tracker>`);
      expect(part(el, 'steps')!.localName).to.equal('ol');
      expect(labels(el)).to.deep.equal([
        'Eingereicht',
        'Weitergeleitet',
        'Bei der Behörde eingegangen',
        'In Bearbeitung',
        'Entschieden – Bescheid im Postfach',
        'Abgeschlossen',
      ]);
      expect(states(el)).to.deep.equal([
        'Erledigt',
        'Erledigt',
        'Erledigt',
        'Aktueller Schritt',
        'Noch offen',
        'Noch offen',
      ]);
      // Only the latest step is the current one.
      expect(steps(el).map((li) => li.getAttribute('aria-current'))).to.deep.equal([
        null,
        null,
        null,
        'step',
        null,
        null,
      ]);
      expect(text(part(el, 'details')!.querySelector('.next'))).to.equal(
        'Die Behörde bearbeitet Ihren Antrag. Wenn sie Fragen hat, meldet sie sich bei Ihnen.',
      );
    });

    it('dates each step in a <time datetime> in UTC, and in German words in the office’s time zone', async () => {
      const el = await fixture<StatusTracker>(html`<bp-status-tracker .events=${inProgress}></bp-status-tracker>`);
      const times = steps(el).map((li) => li.querySelector('time'));
      expect(times.map((t) => t?.getAttribute('datetime') ?? null)).to.deep.equal([
        '2026-11-20T08:15:00.000Z',
        '2026-11-20T08:16:30.000Z',
        '2026-11-21T09:02:00.000Z',
        '2026-11-23T07:30:00.000Z',
        null,
        null,
      ]);
      expect(text(times[3])).to.equal('23.11.2026, 08:30 Uhr');
      el.timeZone = 'UTC';
      await el.updateComplete;
      expect(text(steps(el)[3].querySelector('time'))).to.equal('23.11.2026, 07:30 Uhr');
    });

    it('orders events by time and shows each id once, whatever order and repeats they come in', async () => {
      const shuffled = [inProgress[3], inProgress[0], inProgress[2], inProgress[0], inProgress[1], inProgress[3]];
      const el = await fixture<StatusTracker>(html`<bp-status-tracker .events=${shuffled}></bp-status-tracker>`);
      expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['e1', 'e2', 'e3', 'e4']);
      expect(labels(el).slice(0, 4)).to.deep.equal([
        'Eingereicht',
        'Weitergeleitet',
        'Bei der Behörde eingegangen',
        'In Bearbeitung',
      ]);
    });

    it('after a terminal state shows nothing upcoming, and a closed case as done', async () => {
      const closed = [
        ...inProgress,
        ev('e5', 'decided', '2026-11-26T13:45:00Z'),
        ev('e6', 'closed', '2026-11-26T13:46:00Z'),
      ];
      const el = await fixture<StatusTracker>(html`<bp-status-tracker .events=${closed}></bp-status-tracker>`);
      expect(steps(el)).to.have.length(6);
      expect(states(el).at(-1)).to.equal('Erledigt');
      expect(steps(el).at(-1)!.getAttribute('aria-current')).to.equal('step');
    });

    it('reads events from the attribute as JSON, and leaves malformed ones out with a developer warning', async () => {
      const warnings: unknown[] = [];
      const warn = console.warn;
      console.warn = (message: unknown) => warnings.push(message);
      try {
        const el = await fixture<StatusTracker>(html`<bp-status-tracker></bp-status-tracker>`);
        el.setAttribute(
          'events',
          '[{"id":"a","code":"submitted","time":"2026-11-20T08:15:00Z"},{"id":"b","code":"received"},{"code":"x"}]',
        );
        await el.updateComplete;
        expect(el.shownEvents.map((e) => e.id)).to.deep.equal(['a']);
        expect(labels(el)[0]).to.equal('Eingereicht');
        expect(warnings.map(String).join('\n')).to.contain('left out 2 malformed event(s)');
      } finally {
        console.warn = warn;
      }
    });

    it('shows an unknown code as "Unbekannter Status (code)", and nothing breaks', async () => {
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker
          .events=${[...inProgress, ev('e5', 'archiviert', '2026-11-24T08:00:00Z')]}
        ></bp-status-tracker>`,
      );
      expect(labels(el)[4]).to.equal('Unbekannter Status (archiviert)');
      expect(text(part(el, 'details')!.querySelector('.next'))).to.equal(
        'Wenn Sie Fragen zu diesem Status haben, wenden Sie sich an die Behörde.',
      );
      await expect(el).to.be.accessible();
    });

    it('takes a portal’s own codes with their texts and call to action', async () => {
      const codes = defineStatusCodes([{ code: 'termin', attention: 'action', terminal: false, action: 'book' }]);
      const strings = {
        'status.termin.label': 'Termin vereinbaren',
        'status.termin.next': 'Vereinbaren Sie einen Termin zur Abholung.',
        'status.termin.action': 'Termin buchen',
      };
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker
          .codes=${codes}
          .strings=${strings}
          .events=${[...inProgress, ev('e5', 'termin', '2026-11-24T08:00:00Z', { url: '/termine' })]}
        ></bp-status-tracker>`,
      );
      expect(labels(el)[4]).to.equal('Termin vereinbaren');
      expect(states(el)[4]).to.equal('Ihre Mitwirkung ist nötig');
      const link = part(el, 'action')!.querySelector('a')!;
      expect(text(link)).to.equal('Termin buchen');
      expect(link.getAttribute('href')).to.equal('/termine');
    });

    it('renders markup in codes, reasons and the case number as text', async () => {
      const markup = '<img src=x onerror="window.bpPwned=1">';
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker
          case-id=${markup}
          .events=${[
            ev('e1', 'submitted', '2026-11-20T08:15:00Z'),
            ev('e2', 'rejected_technical', '2026-11-20T09:00:00Z', { reason: markup }),
          ]}
        ></bp-status-tracker>`,
      );
      expect(root(el).querySelector('img')).to.equal(null);
      expect(text(part(el, 'case-id'))).to.equal(markup);
      expect(text(part(el, 'details')!.querySelector('.reason'))).to.equal(`Grund: ${markup}`);
      await pause(50);
      expect((window as { bpPwned?: number }).bpPwned).to.equal(undefined);
    });

    it('reads as a named list whose current step is named with its state and date', async () => {
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker id="st" .events=${inProgress}></bp-status-tracker>`,
      );
      const list = { role: 'list', name: 'Bearbeitungsstand' };
      expect(await accessible(['#st', 'ol'], list)).to.deep.equal(list);
      const current = { role: 'listitem', name: 'In Bearbeitung Aktueller Schritt 23.11.2026, 08:30 Uhr' };
      expect(await accessible(['#st', 'li[aria-current="step"]'], current)).to.deep.equal(current);
      const upcoming = { role: 'listitem', name: 'Abgeschlossen Noch offen' };
      expect(await accessible(['#st', 'li:last-child'], upcoming)).to.deep.equal(upcoming);
      // The marker repeats the state as a sign; it is hidden from assistive technology.
      for (const marker of root(el).querySelectorAll('[part="marker"]')) {
        expect(marker.getAttribute('aria-hidden')).to.equal('true');
      }
      await expect(el).to.be.accessible();
    });
  });

  describe('calls to action', () => {
    it('a query links to where the documents go, and shows what the portal slots in', async () => {
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker
          .events=${[...inProgress, ev('e5', 'query', '2026-11-23T13:03:00Z', { url: 'https://example.org/nachreichen' })]}
          ><p slot="query" id="upload-hint">Laden Sie den Mietvertrag hoch.</p></bp-status-tracker
        >`,
      );
      expect(states(el)[4]).to.equal('Ihre Mitwirkung ist nötig');
      const link = part(el, 'action')!.querySelector('a')!;
      expect(text(link)).to.equal('Rückfrage: bitte Unterlagen nachreichen');
      expect(link.getAttribute('href')).to.equal('https://example.org/nachreichen');
      const slot = part(el, 'action')!.querySelector<HTMLSlotElement>('slot[name="query"]')!;
      expect(slot.assignedElements().map((e) => e.id)).to.deep.equal(['upload-hint']);
      await expect(el).to.be.accessible();
    });

    it('never links to a javascript: or data: URL from an event', async () => {
      for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>']) {
        const el = await fixture<StatusTracker>(
          html`<bp-status-tracker
            .events=${[ev('e1', 'payment_due', '2026-11-23T13:03:00Z', { url })]}
          ></bp-status-tracker>`,
        );
        expect(part(el, 'action')!.querySelector('a'), url).to.equal(null);
        expect(text(part(el, 'action'))).to.equal('Gebühr bezahlen');
      }
    });

    it('payment due links to the payment', async () => {
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker
          .events=${[...inProgress, ev('e5', 'payment_due', '2026-11-23T13:03:00Z', { url: '/bezahlen' })]}
        ></bp-status-tracker>`,
      );
      const link = part(el, 'action')!.querySelector('a')!;
      expect([text(link), link.getAttribute('href')]).to.deep.equal(['Gebühr bezahlen', '/bezahlen']);
    });

    it('a technical rejection gives the reason and "Antrag erneut senden", which fires bp-status-resubmit', async () => {
      const rejection = ev('e2', 'rejected_technical', '2026-11-20T09:00:00Z', {
        problems: [{ title: 'Schema', detail: 'Die Anlage „Meldebescheinigung“ fehlt.' }, 'Signatur ungültig.'],
      });
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker .events=${[inProgress[0], rejection]}></bp-status-tracker>`,
      );
      expect(states(el)).to.deep.equal(['Erledigt', 'Problem']);
      expect(text(part(el, 'details')!.querySelector('.reason'))).to.equal(
        'Grund: Die Anlage „Meldebescheinigung“ fehlt. Signatur ungültig.',
      );
      const button = part(el, 'action')!.querySelector('button')!;
      expect(text(button)).to.equal('Antrag erneut senden');
      setTimeout(() => button.click());
      const fired: StatusResubmitEvent = await oneEvent(el, 'bp-status-resubmit');
      expect(fired.status.id).to.equal('e2');
      await expect(el).to.be.accessible();
    });

    it('decided says where the notice is', async () => {
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker
          .events=${[...inProgress, ev('e5', 'decided', '2026-11-26T13:45:00Z')]}
        ></bp-status-tracker>`,
      );
      expect(text(part(el, 'details')!.querySelector('.next'))).to.contain('Postfach (BundID oder BayernID)');
      expect(text(part(el, 'action'))).to.equal('Bescheid im Postfach lesen');
    });
  });

  describe('FIT-Connect’s 14 days', () => {
    const submitted = [ev('e1', 'submitted', '2026-11-01T10:00:00Z')];
    const day = 86_400_000;
    const at = Date.parse('2026-11-01T10:00:00Z');

    it('hints at the automatic rejection when a submission is still "submitted" after 14 days', async () => {
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker .events=${submitted} .now=${at + 14 * day + 60_000}></bp-status-tracker>`,
      );
      expect(text(part(el, 'details')!.querySelector('[part="hint"]'))).to.contain(
        'seit mehr als 14 Tagen nicht bei der Behörde eingegangen',
      );
      await expect(el).to.be.accessible();
    });

    it('says nothing within 14 days, or once the office has it', async () => {
      const early = await fixture<StatusTracker>(
        html`<bp-status-tracker .events=${submitted} .now=${at + 13 * day}></bp-status-tracker>`,
      );
      expect(part(early, 'hint')).to.equal(null);
      const received = await fixture<StatusTracker>(
        html`<bp-status-tracker
          .events=${[...submitted, ev('e2', 'received', '2026-11-02T10:00:00Z')]}
          .now=${at + 30 * day}
        ></bp-status-tracker>`,
      );
      expect(part(received, 'hint')).to.equal(null);
    });
  });

  describe('the case number', () => {
    it('is shown left-to-right and copied with one button, "Kopiert" shown and announced', async () => {
      const copied: string[] = [];
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) },
      });
      try {
        const el = await fixture<StatusTracker>(
          html`<div dir="rtl">
            <bp-status-tracker case-id="FIT-2026-000123" .events=${inProgress}></bp-status-tracker>
          </div>`,
        ).then((w) => w.querySelector('bp-status-tracker')!);
        await el.updateComplete;
        expect(part(el, 'case-id')!.getAttribute('dir')).to.equal('ltr');
        const button = part(el, 'copy') as HTMLButtonElement;
        expect(text(button)).to.equal('Vorgangsnummer kopieren');
        button.focus();
        await sendKeys({ press: 'Enter' });
        await announced('Kopiert');
        expect(copied).to.deep.equal(['FIT-2026-000123']);
        expect(text(root(el).querySelector('.copied'))).to.equal('Kopiert');
        el.caseId = 'FIT-2026-000124';
        await el.updateComplete;
        expect(root(el).querySelector('.copied'), 'another number is not copied yet').to.equal(null);
      } finally {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('when the clipboard refuses, selects the number and says how to copy it', async () => {
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
      try {
        const el = await fixture<StatusTracker>(
          html`<bp-status-tracker case-id="FIT-2026-000123" .events=${inProgress}></bp-status-tracker>`,
        );
        (part(el, 'copy') as HTMLButtonElement).click();
        const message = 'Kopieren nicht möglich. Markieren Sie die Vorgangsnummer und kopieren Sie sie selbst.';
        await announced(message);
        expect(text(root(el).querySelector('.copied'))).to.equal(message);
        expect(String(getSelection())).to.equal('FIT-2026-000123');
      } finally {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('is never part of a link the tracker renders', async () => {
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker
          case-id="FIT-2026-000123"
          .events=${[...inProgress, ev('e5', 'query', '2026-11-23T13:03:00Z', { url: '/nachreichen' })]}
        ></bp-status-tracker>`,
      );
      for (const a of root(el).querySelectorAll('a')) expect(a.href).to.not.contain('FIT-2026-000123');
    });
  });

  describe('a new state', () => {
    it('is announced once, politely, and fired as bp-status-change; the same state again is not', async () => {
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker .events=${inProgress.slice(0, 3)}></bp-status-tracker>`,
      );
      const changes: string[] = [];
      el.addEventListener('bp-status-change', (e: StatusChangeEvent) => changes.push(e.status.id));
      // The first display announces nothing.
      await pause(ANNOUNCE_DELAY_MS + 50);
      expect(announcerRegions().polite.textContent).to.equal('');

      el.events = inProgress;
      await el.updateComplete;
      await announced('Neuer Status: In Bearbeitung');
      expect(changes).to.deep.equal(['e4']);

      clearAnnouncements();
      el.events = [...inProgress]; // the same events again, as after a reconnect
      await el.updateComplete;
      el.events = [...inProgress, ev('e4b', 'in_progress', '2026-11-23T09:00:00Z')]; // same code, new event
      await el.updateComplete;
      el.events = [ev('e0', 'draft', '2026-11-19T08:00:00Z'), ...inProgress]; // an older event, late
      await el.updateComplete;
      await pause(ANNOUNCE_DELAY_MS + 50);
      expect(announcerRegions().polite.textContent).to.equal('');
      expect(changes).to.deep.equal(['e4']);
    });
    it('tells nothing again, and never a step back, when the source is replaced', async () => {
      /** A source that sends the given events once it is subscribed to. */
      const sending = (events: StatusEvent[]) => ({
        subscribe: (onEvents: (list: readonly StatusEvent[]) => void) => {
          const timer = setTimeout(() => onEvents(events), 30);
          return () => clearTimeout(timer);
        },
      });
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker .events=${[inProgress[0]]} .source=${sending(inProgress)}></bp-status-tracker>`,
      );
      const changes: string[] = [];
      el.addEventListener('bp-status-change', (e: StatusChangeEvent) => changes.push(e.status.code));
      await waitUntil(() => el.shownEvents.length === 4, 'the first source’s events');
      await announced('Neuer Status: In Bearbeitung');
      expect(changes).to.deep.equal(['in_progress']);
      changes.length = 0;
      clearAnnouncements();
      el.source = sending(inProgress); // e.g. reconnecting with a new source object
      await el.updateComplete;
      await waitUntil(() => el.shownEvents.length === 4, 'the second source’s events');
      await pause(ANNOUNCE_DELAY_MS + 50);
      expect(announcerRegions().polite.textContent).to.equal('');
      expect(changes).to.deep.equal([]);
    });
  });

  describe('layout', () => {
    it('is horizontal in a wide container and vertical in a narrow one', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="inline-size: 60rem"><bp-status-tracker .events=${inProgress}></bp-status-tracker></div>
          <div style="inline-size: 20rem"><bp-status-tracker .events=${inProgress}></bp-status-tracker></div>
        </div>`,
      );
      const [wide, narrow] = [...wrapper.querySelectorAll('bp-status-tracker')];
      await Promise.all([wide.updateComplete, narrow.updateComplete]);
      const tops = (el: StatusTracker) => steps(el).map((li) => Math.round(li.getBoundingClientRect().top));
      expect(new Set(tops(wide)).size, 'wide: one row').to.equal(1);
      const down = tops(narrow);
      expect(
        down.every((t, i) => i === 0 || t > down[i - 1]),
        `narrow: one step below the other (${down.join(', ')})`,
      ).to.equal(true);
    });

    it('lines up every step’s texts, whatever its state', async () => {
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker
          style="inline-size: 20rem"
          .events=${[...inProgress, ev('e5', 'query', '2026-11-23T13:03:00Z', { url: '/nachreichen' })]}
        ></bp-status-tracker>`,
      );
      const starts = [...root(el).querySelectorAll('li .label, li .state, li time')].map((e) =>
        Math.round(e.getBoundingClientRect().left),
      );
      expect(new Set(starts).size, starts.join(', ')).to.equal(1);
    });

    it('compact shows only the current step, without what happens next', async () => {
      const el = await fixture<StatusTracker>(
        html`<bp-status-tracker compact .events=${inProgress}></bp-status-tracker>`,
      );
      const shown = steps(el).filter((li) => getComputedStyle(li).display !== 'none');
      expect(shown.map((li) => text(li.querySelector('.label')))).to.deep.equal(['In Bearbeitung']);
      expect(getComputedStyle(part(el, 'details')!.querySelector('.next')!).display).to.equal('none');
      await expect(el).to.be.accessible();
    });
  });

  describe('English', () => {
    it('speaks English with lang="en", dates included', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en-GB">
          <bp-status-tracker case-id="FIT-2026-000123" .events=${inProgress}></bp-status-tracker>
        </div>`,
      );
      const el = wrapper.querySelector('bp-status-tracker')!;
      await el.updateComplete;
      expect(labels(el)).to.deep.equal([
        'Submitted',
        'Forwarded',
        'Received by the office',
        'In progress',
        'Decided – notice in your mailbox',
        'Closed',
      ]);
      expect(states(el)[3]).to.equal('Current step');
      expect(text(steps(el)[3].querySelector('time'))).to.equal('23 November 2026 at 08:30');
      expect(text(part(el, 'copy'))).to.equal('Copy case number');
      await expect(el).to.be.accessible();
    });

    it('switches language live', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de"><bp-status-tracker .events=${inProgress}></bp-status-tracker></div>`,
      );
      const el = wrapper.querySelector('bp-status-tracker')!;
      expect(states(el)[3]).to.equal('Aktueller Schritt');
      wrapper.lang = 'en';
      await waitUntil(() => states(el)[3] === 'Current step', 'English after the switch');
    });
  });

  describe('keyboard', () => {
    it('reaches the copy button, then the call to action, with Tab; nothing else is a tab stop', async () => {
      // Buttons before and after, so Tab never leaves the page (Firefox then keeps the focus in its
      // own toolbar, and the keys of later test files go nowhere).
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">vorher</button>
          <bp-status-tracker
            case-id="FIT-2026-000123"
            .events=${[...inProgress, ev('e5', 'query', '2026-11-23T13:03:00Z', { url: '/nachreichen' })]}
          ></bp-status-tracker>
          <button id="after">nachher</button>
        </div>`,
      );
      const el = wrapper.querySelector('bp-status-tracker')!;
      await rendered(wrapper);
      try {
        wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        expect(deepActive()).to.equal(part(el, 'copy'));
        await sendKeys({ press: 'Tab' });
        expect(deepActive()).to.equal(part(el, 'action')!.querySelector('a'));
        await sendKeys({ press: 'Tab' });
        expect(deepActive()).to.equal(wrapper.querySelector('#after'));
      } finally {
        (document.activeElement as HTMLElement | null)?.blur();
      }
    });
  });
});
